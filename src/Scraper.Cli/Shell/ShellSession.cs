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
    private readonly Dictionary<string, SiteLookup> sites = new(StringComparer.OrdinalIgnoreCase);
    private SiteLookup current;

    public ShellSession(ShellRequest request, SiteProfile first, UserFolders folders, TimeProvider time, ILogger log)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(folders);
        this.request = request;
        this.log = log;
        this.time = time;
        options = request.Common.WithRobots(
            new FetchOptions { Retries = request.Retries, AttemptTimeout = TimeSpan.FromSeconds(request.TimeoutSeconds) },
            log);
        defaultCache = request.Fetching.NoCache || request.Fetching.Cache is not null ? null : folders.CacheDirectory;
        memory = new SessionMemory(defaultCache, folders.HistoryPath is { } path ? new HistoryFile(path) : null, time, log);
        client = HttpClientFactory.Create(request.Fetching.ApplyTo(options, first));
        current = Open(first);
    }

    public SiteProfile Site => current.Profile;

    /// <summary>The sites `:site` can switch to: the built-in ones, and the --site-file profile if one was given.</summary>
    public IReadOnlyList<SiteProfile> KnownSites =>
        [.. SiteCatalog.All, .. sites.Values.Select(s => s.Profile).Where(p => SiteCatalog.Find(p.Name) is null)];

    /// <summary>Looks <paramref name="word"/> up on the current site; remembers it in the history and the cache.</summary>
    public async Task<LookupResult> LookupAsync(string word, CancellationToken cancellationToken)
    {
        var site = current;
        var result = await LookupOnSiteAsync(site, word, cancellationToken);
        if (result.Failure is FetchFailure.Disallowed or FetchFailure.HostNotFound or FetchFailure.HostRefused or FetchFailure.HostFailing
            && time.GetElapsedTime(site.OpenedAt) >= VerdictLifetime)
        {
            log.Debug("{Word:l}: refused by what {Site:l} said over a minute ago; asking again", word, site.Profile.Name);
            site = Renew(site);
            result = await LookupOnSiteAsync(site, word, cancellationToken);
        }

        memory.Remember(result, site.Profile.Name);
        return result;
    }

    /// <summary>The newest <paramref name="count"/> words of the lookup history (`scraper history`).</summary>
    public IReadOnlyList<HistoryEntry> History(int count) => memory.Newest(count);

    public void SwitchTo(SiteProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        current = sites.TryGetValue(profile.Name, out var known) ? known : Open(profile);
    }

    public void Dispose()
    {
        foreach (var site in sites.Values)
        {
            site.Dispose();
        }

        client.Dispose();
    }

    private async Task<LookupResult> LookupOnSiteAsync(SiteLookup site, string word, CancellationToken cancellationToken)
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

    private SiteLookup Renew(SiteLookup site)
    {
        sites.Remove(site.Profile.Name);
        site.Dispose();
        var renewed = Open(site.Profile);
        current = current == site ? renewed : current;
        return renewed;
    }

    private SiteLookup Open(SiteProfile profile)
    {
        var siteOptions = RememberedLookup.WithCache(request.Fetching.ApplyTo(options, profile), defaultCache);
        var site = new SiteLookup(profile, request.Common.BaseUrl, client, siteOptions, request.Homographs, log) { OpenedAt = time.GetTimestamp() };
        sites[profile.Name] = site;
        return site;
    }
}
