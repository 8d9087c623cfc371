using Scraper.Parsing;
using Scraper.Sites;

namespace Scraper.Tests.Parsing;

/// <summary>The invented pages in Fixtures/&lt;folder&gt;, written in a site's markup shape, and its profile's parser.</summary>
internal sealed class SiteFixtures
{
    private readonly string folder;

    public SiteFixtures(string profileName, string? folder = null)
    {
        Profile = SiteCatalog.Find(profileName) ?? throw new ArgumentException($"no profile {profileName}", nameof(profileName));
        Parser = new PageParser(Profile);
        this.folder = folder ?? profileName;
    }

    public SiteProfile Profile { get; }

    public PageParser Parser { get; }

    public string PathOf(string fileName) => Path.Combine(AppContext.BaseDirectory, "Fixtures", folder, fileName);

    /// <summary>The fixture's text, for tests that change it before parsing (they parse its bytes again).</summary>
    public string Read(string fileName) => File.ReadAllText(PathOf(fileName));

    /// <summary>The page's live URL: the profile's origin and template with this slug.</summary>
    public Uri Url(string slug) =>
        new(Profile.Origin.GetLeftPart(UriPartial.Path).TrimEnd('/') + Profile.PathTemplate.Replace("{slug}", slug, StringComparison.Ordinal));

    /// <summary>The fixture parsed from its bytes, as a fetched page is.</summary>
    public ParsedPage Parse(string fileName, string slug) => Parser.ParseFile(PathOf(fileName), Url(slug));
}
