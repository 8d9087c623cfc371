using System.Text.Json;
using Scraper.Caching;
using Scraper.LocalSite;
using Scraper.Sites;
using Scraper.Tests.Support;
using Site = Scraper.LocalSite.LocalSite;

namespace Scraper.Tests.Lookup;

/// <summary>
/// The word boundary: an exception inside one word's lookup (here a --cache entry whose final URL is not a URL,
/// which throws while the cached page is read back) makes that word failed, written like any other; the others go on.
/// </summary>
public sealed class WordBoundaryTests : IAsyncDisposable
{
    private readonly TempDirectory cache = new();
    private Site? site;

    public async ValueTask DisposeAsync()
    {
        if (site is not null)
        {
            await site.DisposeAsync();
        }

        cache.Dispose();
    }

    [Fact]
    public async Task A_word_whose_lookup_throws_is_written_as_failed_and_the_others_are_found()
    {
        // Arrange
        await StartAsync();
        Poison("apple");

        // Act
        var run = await LookupAsync("apple", "hello", "love", "--format", "jsonl", "-c", "1");

        // Assert
        var results = run.OutLines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(["apple", "hello", "love"], results.Select(r => r.GetProperty("keyword").GetString()).Order());
        var apple = results.Single(r => r.GetProperty("keyword").GetString() == "apple");
        Assert.Equal("failed", apple.Status());
        Assert.Contains("URI", apple.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.All(results.Where(r => r.GetProperty("keyword").GetString() != "apple"), r => Assert.Equal("found", r.Status()));
        Assert.Equal(3, run.ExitCode);
        Assert.DoesNotContain("interrupted", run.Error, StringComparison.Ordinal);
        Assert.Contains("3/3 words", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_faulty_word_is_the_last_in_flight_the_run_still_ends_with_its_result_and_exit_3()
    {
        // Arrange
        await StartAsync();
        Poison("apple");

        // Act
        var run = await LookupAsync("apple", "--format", "json");

        // Assert
        var apple = JsonResults.Single(run.Out);
        Assert.Equal(("apple", "failed"), (apple.GetProperty("keyword").GetString(), apple.Status()));
        Assert.Equal(3, run.ExitCode);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    private async Task StartAsync() =>
        site = await Site.StartAsync(new LocalSiteOptions { Validators = false }, TestContext.Current.CancellationToken);

    // A cache file that reads back whole, but whose "finalUrl" no Uri accepts.
    private void Poison(string word)
    {
        Assert.True(PageAddress.TryBuild(SiteCatalog.Find("macmillan")!, site!.BaseUrl, word, out var url, out _));
        var entry = new CacheEntry(url.AbsoluteUri, 200, "not a url", "text/html; charset=utf-8", null, null, DateTimeOffset.UnixEpoch, 0);
        new DiskCache(cache.Path).WriteAsync(new CachedPage(entry, "<html><body>cached</body></html>"u8.ToArray()), TestContext.Current.CancellationToken).GetAwaiter().GetResult();
    }

    private Task<CliRun> LookupAsync(params string[] wordsAndOptions) =>
        CliRun.RunAsync(["lookup", .. wordsAndOptions, "--base-url", site!.BaseUrl.AbsoluteUri, "--cache", cache.Path]);
}
