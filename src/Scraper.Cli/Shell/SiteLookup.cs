using Scraper.Cli.Commands;
using Scraper.Fetching;
using Scraper.Lookup;
using Scraper.Results;
using Scraper.Sites;
using Serilog;

namespace Scraper.Cli.Shell;

/// <summary>
/// One site of the shell: its fetcher (the profile's rate, robots.txt, host pauses and breaker, the cache) over the
/// session's one HttpClient, kept for the session's life so that a switch back finds its politeness state as it was.
/// </summary>
internal sealed class SiteLookup : IDisposable
{
    private readonly PageFetcher fetcher;
    private readonly WordLookup lookup;
    private readonly ClosedSiteWarning closedSite;

    public SiteLookup(SiteProfile profile, Uri? baseUrl, HttpClient client, FetchOptions options, HomographMode homographs, ILogger log)
    {
        Profile = profile;
        fetcher = new PageFetcher(client, options, log);
        lookup = new WordLookup(profile, baseUrl, fetcher, homographs);
        closedSite = new ClosedSiteWarning(profile, baseUrl, log);
    }

    public SiteProfile Profile { get; }

    /// <summary>The site's fetcher: a recording of its page (`:play`) goes through the same politeness as the page.</summary>
    public PageFetcher Fetcher => fetcher;

    /// <summary>When this site's fetcher began (a timestamp of the session's clock): the age of what it has learnt.</summary>
    public long OpenedAt { get; init; }

    public async Task<LookupResult> LookupAsync(string word, CancellationToken cancellationToken)
    {
        var result = await lookup.LookupAsync(word, cancellationToken);
        closedSite.Observe(result);
        return result;
    }

    public void Dispose() => fetcher.Dispose();
}
