using Scraper.Fetching;
using Scraper.Lookup;
using Scraper.Results;
using Scraper.Sites;

namespace Scraper.Tests.Fetching;

/// <summary>Words looked up through one real fetcher, on one or more sites (base URLs), concurrently, as a run does.</summary>
internal static class HostBreakerRun
{
    public static IReadOnlyList<string> Words(string stem, int count) => [.. Enumerable.Range(1, count).Select(i => $"{stem}{i:D4}")];

    /// <summary>Looks every list of words up on its own base URL, all lists at once through <paramref name="session"/>.</summary>
    public static async Task<List<LookupResult>[]> LookupAsync(LookupSession session, params (Uri BaseUrl, IReadOnlyList<string> Words)[] sites)
    {
        var profile = SiteCatalog.Find("macmillan-uk")!;
        var runs = sites.Select(async site =>
        {
            var results = new List<LookupResult>();
            var lookup = session.Site(new SiteTarget(profile, site.BaseUrl));
            await session.RunAsync(
                [lookup],
                site.Words,
                null,
                (_, result) =>
                {
                    results.Add(result);
                    return ValueTask.CompletedTask;
                },
                CancellationToken.None,
                TestContext.Current.CancellationToken);
            return results;
        });
        return await Task.WhenAll(runs).WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
    }
}
