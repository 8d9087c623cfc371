using Scraper.Parsing;

namespace Scraper.Tests.Parsing;

/// <summary>
/// The real pages saved beside the repository (../shared/dictionary-pages/&lt;site&gt;): third-party content that
/// stays out of the repository, so a test that needs them is skipped where they are absent.
/// </summary>
internal static class SavedPages
{
    public static string? Folder(string site)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Scraper.sln")))
            {
                var pages = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "dictionary-pages", site));
                return Directory.Exists(pages) ? pages : null;
            }
        }

        return null;
    }

    /// <summary>Set (to 1) by .ci/run when the saved pages are there: then a missing page folder fails, never skips.</summary>
    public const string RequiredVariable = "SCRAPER_SAVED_PAGES_REQUIRED";

    /// <summary>The folder of the site's saved pages; skips the test when it is absent, unless they are required.</summary>
    public static string RequireFolder(string site) => RequireFolder(site, Environment.GetEnvironmentVariable(RequiredVariable) == "1");

    public static string RequireFolder(string site, bool required)
    {
        var folder = Folder(site);
        if (folder is null)
        {
            var message = $"The saved pages (../shared/dictionary-pages/{site} beside the repository) were not found.";
            if (required)
            {
                Assert.Fail($"{message} {RequiredVariable}=1 says they must be there.");
            }

            Assert.Skip(message);
        }

        return folder;
    }

    /// <summary>The saved page's path; skips the test when the pages are absent.</summary>
    public static string PathOf(string site, string fileName) => Path.Combine(RequireFolder(site), fileName);

    /// <summary>The saved page's text, for tests that change it before parsing (they parse its bytes again).</summary>
    public static string Read(string site, string fileName) => File.ReadAllText(PathOf(site, fileName));

    /// <summary>A saved page parsed from its bytes, as fetched from its live URL on the profile's site.</summary>
    public static ParsedPage Parse(SiteFixtures site, string folder, string fileName, string slug) =>
        site.Parser.ParseFile(PathOf(folder, fileName), site.Url(slug));
}
