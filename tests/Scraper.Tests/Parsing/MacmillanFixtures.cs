using Scraper.Parsing;
using Scraper.Sites;

namespace Scraper.Tests.Parsing;

/// <summary>The invented Macmillan-shaped pages in Fixtures/macmillan, and a parser for them.</summary>
internal static class MacmillanFixtures
{
    public static readonly Uri Origin = new("https://www.macmillandictionary.com");

    public static PageParser Parser { get; } = new(SiteCatalog.Find("macmillan-uk")!);

    public static string PathOf(string fileName) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "macmillan", fileName);

    /// <summary>The fixture's text, for tests that change it before parsing (they parse its bytes again).</summary>
    public static string Read(string fileName) => File.ReadAllText(PathOf(fileName));

    public static Uri PageUrl(string slug) => new(Origin, "/dictionary/british/" + slug);

    public static ParsedPage Parse(string fileName, string slug) => Parser.ParseFile(PathOf(fileName), PageUrl(slug));
}
