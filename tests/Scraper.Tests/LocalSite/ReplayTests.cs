using System.Net;
using Scraper.Caching;
using Scraper.LocalSite;
using Scraper.Tests.Cli;
using Scraper.Tests.Support;
using Site = Scraper.LocalSite.LocalSite;

namespace Scraper.Tests.LocalSite;

/// <summary>`serve --from DIR`: the local site replaying pages that `lookup --cache` captured.</summary>
public sealed class ReplayTests : IDisposable
{
    private const string Prefix = "/us/dictionary/american/";
    private readonly TempDirectory cache = new();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public void Dispose() => cache.Dispose();

    [Fact]
    public async Task A_replayed_cache_serves_each_page_at_its_path_with_its_text_and_404_elsewhere()
    {
        // Arrange
        var captured = await CaptureAsync("--homographs", "first", "apple", "hello", "zzquorp");
        await using var replay = await Site.StartAsync(new LocalSiteOptions { ReplayDirectory = cache.Path }, Cancellation);
        using var client = new HttpClient();
        var stored = await new DiskCache(cache.Path).ReadAsync(new Uri(captured.BaseUrl, Prefix + "apple"), Cancellation);

        // Act
        using var apple = await client.GetAsync(new Uri(replay.BaseUrl, Prefix + "apple"), Cancellation);
        using var unknown = await client.GetAsync(new Uri(replay.BaseUrl, Prefix + "banana"), Cancellation);

        // Assert
        Assert.Equal(3, replay.ReplayedPages);
        Assert.Equal(HttpStatusCode.OK, apple.StatusCode);
        var origin = (Captured: captured.BaseUrl.AbsoluteUri.TrimEnd('/'), Replay: replay.BaseUrl.AbsoluteUri.TrimEnd('/'));
        Assert.Equal(System.Text.Encoding.UTF8.GetString(stored!.Body.Span).Replace(origin.Captured, origin.Replay, StringComparison.Ordinal), await apple.Content.ReadAsStringAsync(Cancellation));
        Assert.Equal(stored.Entry.ETag, apple.Headers.ETag?.ToString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task A_lookup_against_the_replay_reads_the_same_entries_and_follows_homograph_links_to_the_replay()
    {
        // Arrange: love's page links to love_2 on the site it was captured from, which is gone by now.
        var captured = await CaptureAsync("apple", "love", "zzquorp");
        await using var replay = await Site.StartAsync(new LocalSiteOptions { ReplayDirectory = cache.Path }, Cancellation);

        // Act
        var replayed = await CliRun.RunAsync("lookup", "apple", "love", "zzquorp", "--format", "json", "--base-url", replay.BaseUrl.AbsoluteUri);

        // Assert
        // The recordings' links are resolved against the page, so they name the site each run read it from.
        Assert.Equal(
            Entries(captured.Run.Out.Replace(captured.BaseUrl.AbsoluteUri, "ORIGIN/", StringComparison.Ordinal)),
            Entries(replayed.Out.Replace(replay.BaseUrl.AbsoluteUri, "ORIGIN/", StringComparison.Ordinal)));
        Assert.Equal(2, JsonResults.FromArray(replayed.Out)[1].Entries().Count);
        Assert.Equal(4, replay.GetStats().Statuses["200"]);
        Assert.Equal(1, replayed.ExitCode);
    }

    [Fact]
    public async Task The_replay_meets_the_usual_faults()
    {
        // Arrange
        await CaptureAsync("--homographs", "first", "apple");
        await using var replay = await Site.StartAsync(new LocalSiteOptions { ReplayDirectory = cache.Path, FailRate = 1 }, Cancellation);
        using var client = new HttpClient();
        var apple = new Uri(replay.BaseUrl, Prefix + "apple");

        // Act
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var response = await client.GetAsync(apple, Cancellation);
            statuses.Add(response.StatusCode);
        }

        // Assert: a failing path fails its first attempt (and maybe its second), then serves its page.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, statuses[0]);
        Assert.Equal(HttpStatusCode.OK, statuses[^1]);
    }

    [Fact]
    public async Task Serve_from_a_missing_or_empty_directory_is_one_line_on_stderr_and_exit_2()
    {
        // Act: a serve that started would run until Ctrl+C, so the timeout turns that into a failure, not a hang.
        var missing = await BenchCli.RunAsync("serve", "--from", Path.Combine(cache.Path, "nothing-here")).WaitAsync(TimeSpan.FromSeconds(10), Cancellation);
        var empty = await BenchCli.RunAsync("serve", "--from", cache.Path).WaitAsync(TimeSpan.FromSeconds(10), Cancellation);

        // Assert
        Assert.Equal((2, 2), (missing.ExitCode, empty.ExitCode));
        Assert.StartsWith("scraper: --from: no cache directory", Assert.Single(BenchCli.Lines(missing.Error)), StringComparison.Ordinal);
        Assert.StartsWith("scraper: --from: ", Assert.Single(BenchCli.Lines(empty.Error)), StringComparison.Ordinal);
        Assert.Contains("holds no cached pages", empty.Error, StringComparison.Ordinal);
    }

    // Looks the words up on a fresh local site with --cache, then stops that site.
    private async Task<(Uri BaseUrl, CliRun Run)> CaptureAsync(params string[] wordsAndOptions)
    {
        await using var live = await Site.StartAsync(new LocalSiteOptions(), Cancellation);
        var run = await CliRun.RunAsync(["lookup", .. wordsAndOptions, "--format", "json", "--base-url", live.BaseUrl.AbsoluteUri, "--cache", cache.Path]);
        return (live.BaseUrl, run);
    }

    private static List<string> Entries(string json) =>
        [.. JsonResults.FromArray(json).Select(r => $"{r.Status()} {r.GetProperty("entries").GetRawText()} {r.GetProperty("suggestions").GetRawText()}")];
}
