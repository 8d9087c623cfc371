using Scraper.Cli.Commands;
using Scraper.Cli.Remembered;
using Scraper.Fetching;
using Scraper.History;
using Scraper.Results;
using Scraper.Sites;
using Serilog;

namespace Scraper.Cli.Shell;

/// <summary>
/// What the shell keeps for its whole life: one HttpClient, a fetcher per site used (with its politeness state and
/// the cache), the history of lookups. Every lookup of the shell goes through <see cref="LookupAsync"/>.
/// </summary>
internal sealed class ShellSession : IDisposable
{
    /// <summary>
    /// How long a site's verdicts for a run (its robots.txt or its host not found, a host cut off by the breaker) hold
    /// in the shell: a word refused by older ones asks again, once, so that a site that was down when the session
    /// began is not refused until the shell is restarted, and a site that stays down is asked about once a minute.
    /// </summary>
    public static readonly TimeSpan VerdictLifetime = TimeSpan.FromMinutes(1);

    private readonly ShellRequest request;
    private readonly FetchOptions options;
    private readonly HttpClient client;
    private readonly ILogger log;
    private readonly string? defaultCache;
    private readonly SessionMemory memory;
    private readonly TimeProvider time;
    private readonly IReadOnlyDictionary<string, Uri> baseUrls;
    private readonly Lock gate = new();
    private readonly Dictionary<string, SiteLookup> sites = new(StringComparer.OrdinalIgnoreCase);
    private IReadOnlyList<SiteProfile> current;

    /// <exception cref="UsageException">A --base-url that names no site, or a plain one with several sites.</exception>
    public ShellSession(ShellRequest request, IReadOnlyList<SiteProfile> first, UserFolders folders, TimeProvider time, ILogger log)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(folders);
        this.request = request;
        this.log = log;
        this.time = time;
        baseUrls = SiteChoice.ShellBaseUrls(request.Common, first);
        options = request.Common.WithRobots(
            new FetchOptions { Retries = request.Retries, AttemptTimeout = TimeSpan.FromSeconds(request.TimeoutSeconds) },
            log);
        defaultCache = request.Fetching.NoCache || request.Fetching.Cache is not null ? null : folders.CacheDirectory;
        memory = new SessionMemory(defaultCache, folders.HistoryPath is { } path ? new HistoryFile(path) : null, time, log);
        client = HttpClientFactory.Create(request.Fetching.ApplyTo(options, first[0]));
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
                return [.. SiteCatalog.All, .. sites.Values.Select(s => s.Profile).Where(p => SiteCatalog.Find(p.Name) is null)];
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

    /// <summary>The fetcher of the site named <paramref name="site"/>: its politeness, for a recording of its page.</summary>
    public PageFetcher FetcherOf(string site) => Get(KnownSites.First(p => string.Equals(p.Name, site, StringComparison.OrdinalIgnoreCase))).Fetcher;

    public void Dispose()
    {
        foreach (var site in sites.Values)
        {
            site.Dispose();
        }

        client.Dispose();
    }

    private async Task<LookupResult> LookupOnSiteAsync(SiteProfile profile, string word, CancellationToken cancellationToken)
    {
        var site = Get(profile);
        var result = await LookupOnceAsync(site, word, cancellationToken);
        if (result.Failure is FetchFailure.Disallowed or FetchFailure.HostNotFound or FetchFailure.HostRefused or FetchFailure.HostFailing
            && time.GetElapsedTime(site.OpenedAt) >= VerdictLifetime)
        {
            log.Debug("{Word:l}: refused by what {Site:l} said over a minute ago; asking again", word, site.Profile.Name);
            result = await LookupOnceAsync(Renew(site), word, cancellationToken);
        }

        return result;
    }

    private async Task<LookupResult> LookupOnceAsync(SiteLookup site, string word, CancellationToken cancellationToken)
    {
        try
        {
            return await site.LookupAsync(word, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // A fetcher keeps what it learnt for a run, a robots.txt request under this word's token included,
            // which would fail every later word of the host: the site starts afresh instead (its robots.txt read again).
            Renew(site);
            throw;
        }
    }

    // The sites' lookups run at once: the table of fetchers is changed under the lock.
    private SiteLookup Renew(SiteLookup site)
    {
        lock (gate)
        {
            if (sites.GetValueOrDefault(site.Profile.Name) == site)
            {
                sites.Remove(site.Profile.Name);
            }

            site.Dispose();
            return Get(site.Profile);
        }
    }

    private SiteLookup Get(SiteProfile profile)
    {
        lock (gate)
        {
            if (sites.TryGetValue(profile.Name, out var known))
            {
                return known;
            }

            var siteOptions = RememberedLookup.WithCache(request.Fetching.ApplyTo(options, profile), defaultCache);
            var baseUrl = baseUrls.GetValueOrDefault(profile.Name);
            var site = new SiteLookup(profile, baseUrl, client, siteOptions, request.Homographs, log) { OpenedAt = time.GetTimestamp() };
            sites[profile.Name] = site;
            return site;
        }
    }
}
