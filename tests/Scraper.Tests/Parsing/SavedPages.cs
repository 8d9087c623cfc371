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

    /// <summary>The folder of the site's saved pages; skips the test when it is absent.</summary>
    public static string RequireFolder(string site)
    {
        var folder = Folder(site);
        if (folder is null)
        {
            Assert.Skip($"The saved pages (../shared/dictionary-pages/{site} beside the repository) were not found.");
        }

        return folder;
    }

    public static string Read(string site, string fileName) => File.ReadAllText(Path.Combine(RequireFolder(site), fileName));

    /// <summary>A saved page parsed as fetched from its live URL on the profile's site.</summary>
    public static ParsedPage Parse(SiteFixtures site, string folder, string fileName, string slug) =>
        site.Parser.Parse(Read(folder, fileName), site.Url(slug));
}
