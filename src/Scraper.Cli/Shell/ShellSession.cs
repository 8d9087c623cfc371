using Scraper.Caching;
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
    private readonly ShellRequest request;
    private readonly FetchOptions options;
    private readonly HttpClient client;
    private readonly ILogger log;
    private readonly string? defaultCache;
    private readonly HistoryFile? history;
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
        history = folders.HistoryPath is { } path ? new HistoryFile(path) : null;
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
        LookupResult result;
        try
        {
            result = await site.LookupAsync(word, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // A fetcher keeps what it learnt for a run, a robots.txt request under this word's token included,
            // which would fail every later word of the host: the site starts afresh instead (its robots.txt read again).
            Renew(site);
            throw;
        }

        var remembered = new LookupHistory(history, site.Profile.Name, time);
        remembered.Add(result);
        remembered.Save(log);
        KeepCacheBounded();
        return result;
    }

    /// <summary>The newest <paramref name="count"/> words of the lookup history (`scraper history`); none without a data folder.</summary>
    public IReadOnlyList<HistoryEntry> History(int count)
    {
        try
        {
            return history is null ? [] : [.. history.ReadNewestFirst().Take(count)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            log.Warning("Cannot read the history {Path:l}: {Error}", history!.Path, ex.Message);
            return [];
        }
    }

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

    private void Renew(SiteLookup site)
    {
        sites.Remove(site.Profile.Name);
        site.Dispose();
        var renewed = Open(site.Profile);
        current = current == site ? renewed : current;
    }

    private SiteLookup Open(SiteProfile profile)
    {
        var siteOptions = RememberedLookup.WithCache(request.Fetching.ApplyTo(options, profile), defaultCache);
        var site = new SiteLookup(profile, request.Common.BaseUrl, client, siteOptions, request.Homographs, log);
        sites[profile.Name] = site;
        return site;
    }

    // As after a single lookup: the default cache grows by one word's pages at most, then is trimmed to its bound.
    private void KeepCacheBounded()
    {
        try
        {
            if (defaultCache is not null && CacheFolder.Trim(defaultCache, RememberedLookup.CacheMaxBytes) is var removed and > 0)
            {
                log.Debug("Removed {Removed} page(s) stored longest ago from the cache {Directory:l}", removed, defaultCache);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            log.Debug("Cannot trim the cache {Directory:l}: {Error}", defaultCache, ex.Message);
        }
    }
}
