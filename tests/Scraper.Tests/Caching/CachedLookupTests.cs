using System.Text.Json;
using Scraper.Caching;
using Scraper.LocalSite;
using Scraper.Tests.Support;
using Site = Scraper.LocalSite.LocalSite;

namespace Scraper.Tests.Caching;

/// <summary>`lookup --cache` against the local site, read from the site's side: what a second run still asks for.</summary>
public sealed class CachedLookupTests : IDisposable
{
    // love has two homograph pages; zzquorp is the site's "no search result" page.
    private static readonly string[] Words = ["apple", "love", "hello", "zzquorp"];
    private readonly TempDirectory cache = new();

    public void Dispose() => cache.Dispose();

    [Fact]
    public async Task A_second_run_with_the_cache_sends_no_request_and_gives_the_same_entries()
    {
        // Arrange: a site that gives no validators, so cached pages are used as they are.
        await using var site = await Site.StartAsync(new LocalSiteOptions { Validators = false }, TestContext.Current.CancellationToken);
        var first = await LookupAsync(site, "--cache", cache.Path);
        var pages = site.GetStats().Requests;
        site.ResetStats();

        // Act
        var second = await LookupAsync(site, "--cache", cache.Path);

        // Assert
        Assert.Equal(0, site.GetStats().Requests);
        Assert.Equal(Outcomes(first.Out), Outcomes(second.Out));
        Assert.All(JsonResults.FromArray(second.Out), r => Assert.Equal(0, r.Attempts()));
        Assert.Equal(pages, new DiskCache(cache.Path).Entries(TestContext.Current.CancellationToken).Count());
        Assert.Equal((1, 1), (first.ExitCode, second.ExitCode));
    }

    [Fact]
    public async Task With_an_ETag_the_second_run_sends_conditional_requests_and_gets_304s()
    {
        // Arrange
        await using var site = await Site.StartAsync(new LocalSiteOptions(), TestContext.Current.CancellationToken);
        var first = await LookupAsync(site, "--cache", cache.Path);
        var firstStats = site.GetStats();
        site.ResetStats();

        // Act
        var second = await LookupAsync(site, "--cache", cache.Path);

        // Assert
        var stats = site.GetStats();
        Assert.Equal(firstStats.Requests, stats.Requests);
        Assert.Equal(new Dictionary<string, long> { ["304"] = firstStats.Requests }, stats.Statuses);
        Assert.Equal(Outcomes(first.Out), Outcomes(second.Out));
        var love = JsonResults.FromArray(second.Out).Single(r => r.GetProperty("keyword").GetString() == "love");
        Assert.Equal((1, 200), (love.Attempts(), love.GetProperty("httpStatus").GetInt32()));
    }

    [Fact]
    public async Task Cache_only_answers_from_the_cache_without_revalidating()
    {
        // Arrange
        await using var site = await Site.StartAsync(new LocalSiteOptions(), TestContext.Current.CancellationToken);
        var first = await LookupAsync(site, "--cache", cache.Path);
        site.ResetStats();

        // Act
        var second = await LookupAsync(site, "--cache", cache.Path, "--cache-only");

        // Assert
        Assert.Equal(0, site.GetStats().Requests);
        Assert.Equal(Outcomes(first.Out), Outcomes(second.Out));
    }

    [Fact]
    public async Task Cache_only_with_an_empty_cache_gives_failed_and_sends_nothing()
    {
        // Arrange
        await using var site = await Site.StartAsync(new LocalSiteOptions(), TestContext.Current.CancellationToken);

        // Act
        var run = await LookupAsync(site, "--cache", cache.Path, "--cache-only");

        // Assert
        Assert.Equal(0, site.GetStats().Requests);
        var results = JsonResults.FromArray(run.Out);
        Assert.Equal(Words.Length, results.Count);
        Assert.All(results, r => Assert.Equal(("failed", "not in the cache", 0), (r.Status(), r.GetProperty("error").GetString(), r.Attempts())));
        Assert.Equal(3, run.ExitCode);
    }

    private static Task<CliRun> LookupAsync(Site site, params string[] options) =>
        CliRun.RunAsync(["lookup", .. Words, "--base-url", site.BaseUrl.AbsoluteUri, "--format", "json", .. options]);

    // What a word came to, without the figures of the run (time, attempts).
    private static List<string> Outcomes(string json) =>
    [
        .. JsonResults.FromArray(json).Select(r => string.Join(
            " | ",
            r.GetProperty("keyword").GetString(),
            r.Status(),
            r.GetProperty("httpStatus").ToString(),
            r.GetProperty("entries").GetRawText(),
            r.GetProperty("suggestions").GetRawText())),
    ];
}
