using Scraper.Sites.Profiles;

namespace Scraper.Sites;

/// <summary>The built-in site profiles; each is data, in Profiles/.</summary>
public static class SiteCatalog
{
    public static IReadOnlyList<SiteProfile> All { get; } =
    [
        MacmillanProfiles.American,
        MacmillanProfiles.British,
        MacmillanProfiles.Archive,
        CambridgeProfile.Profile,
        LongmanProfile.Profile,
        OxfordProfile.Profile,
        CollinsProfile.Profile,
        WiktionaryProfile.Profile,
        MerriamWebsterProfile.Profile,
    ];

    public static SiteProfile? Find(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}
