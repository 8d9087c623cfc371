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

    /// <summary>The name that stands for <see cref="Everyday"/> wherever sites are chosen (--site all, :site all).</summary>
    public const string AllName = "all";

    /// <summary>The sites of `all`: every built-in profile but the Macmillan ones, whose live site is closed.</summary>
    public static IReadOnlyList<SiteProfile> Everyday { get; } =
        [.. All.Where(p => !p.Name.StartsWith("macmillan", StringComparison.OrdinalIgnoreCase))];

    public static SiteProfile? Find(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}
