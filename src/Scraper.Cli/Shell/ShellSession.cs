using Scraper.Cli.Commands;
using Scraper.Cli.Remembered;
using Scraper.Fetching;
using Scraper.History;
using Scraper.Lookup;
using Scraper.Results;
using Scraper.Sites;
using Serilog;

namespace Scraper.Cli.Shell;

/// <summary>
/// What the shell keeps for its whole life: one <see cref="LookupSession"/> (the client, each host's politeness, the
/// cache), the sites used so far, and the history of lookups. Every lookup of the shell goes through <see cref="LookupAsync"/>.
/// </summary>
internal sealed class ShellSession : IDisposable
{
    /// <summary>
    /// How long what a host said (its robots.txt or its name not found, a breaker that cut it off) holds in the shell:
    /// a word refused by older verdicts asks again, once, so that a site that was down when the session began is not
    /// refused until the shell is restarted, and a site that stays down is asked about once a minute.
    /// </summary>
    public static readonly TimeSpan VerdictLifetime = TimeSpan.FromMinutes(1);

    private readonly LookupSession engine;
    private readonly SessionMemory memory;
    private readonly IReadOnlyDictionary<string, Uri> baseUrls;
    private readonly ILogger log;
    private readonly bool noArchive;
    private readonly Lock gate = new();
    private readonly Dictionary<string, (WordLookup Lookup, ClosedSiteWarning ClosedSite)> sites = new(StringComparer.OrdinalIgnoreCase);
    private IReadOnlyList<SiteProfile> current;

    /// <exception cref="UsageException">A --base-url that names no site, or a plain one with several sites.</exception>
    public ShellSession(ShellRequest request, IReadOnlyList<SiteProfile> first, UserFolders folders, TimeProvider time, ILogger log)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(folders);
        this.log = log;
        noArchive = request.Common.NoArchive;
        baseUrls = SiteChoice.ShellBaseUrls(request.Common, first);
        var defaultCache = RememberedLookup.CacheDirectory(request.Fetching, request.Common.LocalSiteUrl, folders);
        memory = new SessionMemory(defaultCache, folders.HistoryPath is { } path ? new HistoryFile(path) : null, time, log);
        var fetch = new FetchOptions { Retries = request.Retries, AttemptTimeout = TimeSpan.FromSeconds(request.TimeoutSeconds) };
        fetch = RememberedLookup.WithCache(request.Common.WithRobots(request.Fetching.ApplyTo(fetch), log), defaultCache);
        engine = new LookupSession(
            new SessionOptions { Fetch = fetch, Hosts = request.Fetching.Hosts(), Homographs = request.Homographs, VerdictLifetime = VerdictLifetime },
            log,
            time);
        current = first;
        first.ToList().ForEach(p => Get(p));
    }

    /// <summary>The sites each word is looked up on, in the order their results are shown.</summary>
    public IReadOnlyList<SiteProfile> Sites => current;

    /// <summary>The sites `:site` can switch to: the built-in ones, and the --site-file profile if one was given.</summary>
    public IReadOnlyList<SiteProfile> KnownSites
    {
        get
        {
            lock (gate)
            {
                return [.. SiteCatalog.All, .. sites.Values.Select(s => s.Lookup.Profile).Where(p => SiteCatalog.Find(p.Name) is null)];
            }
        }
    }

    /// <summary>
    /// Looks <paramref name="word"/> up on every current site at once; the results in site order, each remembered in the
    /// history with its site. Cancelling cancels every site's lookup, and throws once all have ended.
    /// </summary>
    public async Task<IReadOnlyList<LookupResult>> LookupAsync(string word, CancellationToken cancellationToken)
    {
        var results = await Task.WhenAll(current.Select(p => LookupOnSiteAsync(p, word, cancellationToken)));
        memory.Remember(results);
        return results;
    }

    /// <summary>The newest <paramref name="count"/> words of the lookup history (`scraper history`).</summary>
    public IReadOnlyList<HistoryEntry> History(int count) => memory.Newest(count);

    public void SwitchTo(IReadOnlyList<SiteProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        profiles.ToList().ForEach(p => Get(p));
        current = profiles;
    }

    /// <summary>The session's fetcher: a recording goes through the politeness its host is owed, as the page did.</summary>
    public PageFetcher Fetcher => engine.Fetcher;

    public void Dispose() => engine.Dispose();

    private async Task<LookupResult> LookupOnSiteAsync(SiteProfile profile, string word, CancellationToken cancellationToken)
    {
        var (lookup, closedSite) = Get(profile);
        var result = await engine.LookupAsync(lookup, word, cancellationToken);
        closedSite.Observe(result);
        return result;
    }

    // The sites' lookups run at once: the table of sites is changed under the lock.
    private (WordLookup Lookup, ClosedSiteWarning ClosedSite) Get(SiteProfile profile)
    {
        lock (gate)
        {
            if (!sites.TryGetValue(profile.Name, out var known))
            {
                var target = SiteChoice.Target(profile, baseUrls, noArchive);
                known = (engine.Site(target), new ClosedSiteWarning(profile, target.BaseUrl, log));
                sites[profile.Name] = known;
            }

            return known;
        }
    }
}
