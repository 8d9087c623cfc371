using System.Text.RegularExpressions;
using Scraper.Cli.Usage;
using Scraper.Lookup;
using Scraper.Sites;

namespace Scraper.Cli.Commands;

/// <summary>
/// The sites of a command: --site NAME, a list (longman,oxford), or all; --site-file; and where each one's requests
/// go (--base-url URL for one site, --base-url NAME=URL for any of several). Every mistake is a usage error.
/// `local` is the Macmillan profile at the embedded site that <see cref="LocalSiteLease"/> runs for the command.
/// </summary>
internal static partial class SiteChoice
{
    /// <summary>The sites in the order given, repeated names folded.</summary>
    /// <remarks>A site with an archive copy (macmillan) is looked up there once its live site answers with its closure, unless --no-archive; --base-url NAME=URL may map that archive too.</remarks>
    public static IReadOnlyList<SiteTarget> Resolve(CommonValues values)
    {
        var profiles = Chosen(values);
        IReadOnlyList<SiteProfile> archives = values.NoArchive ? [] : [.. profiles.Select(ArchiveOf).OfType<SiteProfile>().Where(a => !profiles.Contains(a))];
        var urls = BaseUrls(values, profiles, [.. profiles, .. archives], $"among the chosen sites ({Names([.. profiles, .. archives])})");
        return [.. profiles.Select(p => Target(p, urls, values.NoArchive))];
    }

    /// <summary>A site and where its requests go, with its archive copy's, when it has one and --no-archive was not given.</summary>
    public static SiteTarget Target(SiteProfile profile, IReadOnlyDictionary<string, Uri> baseUrls, bool noArchive)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(baseUrls);
        return new SiteTarget(profile, baseUrls.GetValueOrDefault(profile.Name))
        {
            Archive = noArchive || ArchiveOf(profile) is not { } archive ? null : new SiteTarget(archive, baseUrls.GetValueOrDefault(archive.Name)),
        };
    }

    private static SiteProfile? ArchiveOf(SiteProfile profile) => profile.ArchivedAs is { } name ? SiteCatalog.Find(name) : null;

    /// <summary>The profiles of --site (a name, a list, all) or --site-file, in the order given, repeated names folded.</summary>
    public static IReadOnlyList<SiteProfile> Chosen(CommonValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.SiteFile is null ? Profiles(values.Site) : [Load(values.SiteFile)];
    }

    /// <summary>
    /// The shell's --base-url: a plain URL maps its one chosen site only; NAME=URL may name any site the shell knows,
    /// since `:site` can switch to it later. Keyed by site name, case-blind; a site not there keeps its own origin.
    /// </summary>
    public static IReadOnlyDictionary<string, Uri> ShellBaseUrls(CommonValues values, IReadOnlyList<SiteProfile> chosen)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        IReadOnlyList<SiteProfile> known = [.. SiteCatalog.All, .. chosen.Where(p => SiteCatalog.Find(p.Name) is null)];
        return BaseUrls(values, chosen, known, "a site (see 'scraper sites')");
    }

    private static Dictionary<string, Uri> BaseUrls(CommonValues values, IReadOnlyList<SiteProfile> chosen, IReadOnlyList<SiteProfile> known, string among)
    {
        ArgumentNullException.ThrowIfNull(values);
        var named = Named(values.BaseUrls, known, among);
        var plain = values.BaseUrls.Where(u => NamedBaseUrl(u) is null).ToList();
        if (LocalSiteLease.Chooses(values))
        {
            MapLocal(values, named, plain);
        }

        if (plain.Count > 1)
        {
            throw new UsageException("--base-url URL can be given once; to map several sites give --base-url NAME=URL for each");
        }

        if (plain.Count == 1 && chosen.Count > 1)
        {
            throw new UsageException($"--base-url URL needs one site, but --site chose {chosen.Count} ({Names(chosen)}): give --base-url NAME=URL for each site to map");
        }

        if (plain.Count == 1 && !named.TryAdd(chosen[0].Name, new Uri(plain[0], UriKind.Absolute)))
        {
            throw new UsageException($"--base-url is given twice for '{chosen[0].Name}': give it once");
        }

        return named;
    }

    // `local` is the Macmillan profile at the embedded site's address, which no --base-url may move elsewhere.
    private static void MapLocal(CommonValues values, Dictionary<string, Uri> named, List<string> plain)
    {
        if (plain.Count > 0 || named.ContainsKey(LocalSiteLease.ProfileName))
        {
            throw new UsageException($"--site local runs its own site on this machine, so --base-url cannot move it: drop --base-url{(plain.Count > 0 ? "" : $" {LocalSiteLease.ProfileName}=URL")}");
        }

        named[LocalSiteLease.ProfileName] = values.LocalSiteUrl
            ?? throw new InvalidOperationException("--site local was chosen, but its site was not started (LocalSiteLease)");
    }

    /// <summary>The one site of a command that looks up one site at a time.</summary>
    public static SiteTarget One(CommonValues values, string command)
    {
        // A bench measures the site asked for: never its archive instead.
        var sites = Resolve(values);
        return sites.Count == 1
            ? sites[0] with { Archive = null }
            : throw new UsageException($"{command} looks up one site at a time, but --site chose {sites.Count} ({Names(sites.Select(s => s.Profile))}): give one name");
    }

    /// <summary>NAME and URL of a --base-url NAME=URL; null for a plain URL.</summary>
    public static (string Name, string Url)? NamedBaseUrl(string text)
    {
        var match = NamePrefix().Match(text);
        return match.Success ? (match.Groups[1].Value, text[match.Length..]) : null;
    }

    private static List<SiteProfile> Profiles(string text)
    {
        var profiles = new List<SiteProfile>();
        var names = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (names.Length == 0)
        {
            throw new UsageException("--site needs a site's name, a list of them (longman,oxford) or all (see 'scraper sites')");
        }

        if (names.Any(LocalSiteLease.IsName) && names.Any(n => string.Equals(n, LocalSiteLease.ProfileName, StringComparison.OrdinalIgnoreCase)))
        {
            throw new UsageException($"--site local is the {LocalSiteLease.ProfileName} site served on this machine: give local or {LocalSiteLease.ProfileName}, not both");
        }

        foreach (var name in names)
        {
            if (LocalSiteLease.IsName(name))
            {
                var local = SiteCatalog.Find(LocalSiteLease.ProfileName)!;
                profiles.AddRange(profiles.Contains(local) ? [] : [local]);
                continue;
            }

            var found = string.Equals(name, SiteCatalog.AllName, StringComparison.OrdinalIgnoreCase) ? SiteCatalog.Everyday : [SiteCatalog.Find(name) ?? throw Unknown(name)];
            profiles.AddRange(found.Where(p => !profiles.Contains(p)));
        }

        return profiles;
    }

    private static Dictionary<string, Uri> Named(IEnumerable<string> baseUrls, IReadOnlyList<SiteProfile> profiles, string among)
    {
        var named = new Dictionary<string, Uri>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, url) in baseUrls.Select(NamedBaseUrl).OfType<(string Name, string Url)>())
        {
            var profile = profiles.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? throw new UsageException($"--base-url {name}=URL: '{name}' is not {among}"
                    + (Closest.To(name, profiles.Select(p => p.Name)) is { } closest ? $"; did you mean '{closest}'?" : ""));
            if (!named.TryAdd(profile.Name, new Uri(url, UriKind.Absolute)))
            {
                throw new UsageException($"--base-url is given twice for '{profile.Name}': give it once");
            }
        }

        return named;
    }

    private static UsageException Unknown(string name)
    {
        var names = SiteCatalog.All.Select(p => p.Name).Append(LocalSiteLease.Name).Append(SiteCatalog.AllName).ToList();
        return new UsageException(Closest.To(name, names) is { } closest
            ? $"unknown site '{name}'; did you mean '{closest}'? (see 'scraper sites')"
            : $"unknown site '{name}'; known sites: {string.Join(", ", names)}");
    }

    private static SiteProfile Load(string path)
    {
        try
        {
            return SiteProfileFile.Load(path);
        }
        catch (SiteProfileFileException ex)
        {
            throw new UsageException(ex.Message);
        }
    }

    private static string Names(IEnumerable<SiteProfile> profiles) => string.Join(", ", profiles.Select(p => p.Name));

    [GeneratedRegex("^([A-Za-z0-9_-]+)=")]
    private static partial Regex NamePrefix();
}
