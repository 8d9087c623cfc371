using Scraper.Tests.Cli;
using System.Text.Json;
using Scraper.LocalSite;
using Scraper.Tests.Support;

namespace Scraper.Tests.Benchmark;

/// <summary>A bench never reports nonsense: pages that were errors, impossible efficiencies, a concurrency above the words.</summary>
public sealed class BenchHonestyTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_bench_against_a_server_that_answers_only_404_says_so_claims_no_speedup_and_exits_3()
    {
        // Arrange: every path is 404 (FixtureServer's default)
        await using var server = await FixtureServer.StartAsync(Cancellation);

        // Act
        var run = await CliRun.RunAsync(["bench", "hi", "apple", "banana", "-c", "2", "--format", "json", "--base-url", server.BaseUrl.AbsoluteUri]);

        // Assert
        Assert.True(run.ExitCode == 3, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(JsonValueKind.Null, root.GetProperty("speedup").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("efficiency").ValueKind);
        Assert.True(root.GetProperty("unsound").GetBoolean());
        var notes = root.GetProperty("notes").EnumerateArray().Select(n => n.GetString()!).ToList();
        Assert.Contains(notes, n => n.StartsWith("sync: only 0 of 3 pages were HTTP 200 (404: 3)", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.StartsWith("async c=2: only 0 of 3 pages were HTTP 200", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.Contains("do not measure lookups", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_table_report_puts_the_warning_at_the_top_and_no_speedup_in_the_headline()
    {
        await using var server = await FixtureServer.StartAsync(Cancellation);

        var run = await CliRun.RunAsync(["bench", "hi", "apple", "-c", "2", "--base-url", server.BaseUrl.AbsoluteUri]);

        Assert.Equal(3, run.ExitCode);
        var lines = run.OutLines;
        Assert.StartsWith("Bench 2 words", lines[0], StringComparison.Ordinal);
        Assert.Contains("sync: only 0 of 2 pages were HTTP 200", lines[1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("no speedup claimed", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("faster", StringComparison.Ordinal) || l.Contains("slower", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_embedded_site_answering_404_to_a_cambridge_bench_is_reported_not_timed()
    {
        var run = await CliRun.RunAsync(["bench", "--site", "cambridge", "--latency", "10", "-c", "4", "--format", "json"]);

        Assert.Equal(3, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("speedup").ValueKind);
        Assert.Contains(json.RootElement.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("only 0 of 13 pages were HTTP 200", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_concurrency_above_the_number_of_words_is_noted()
    {
        var run = await CliRun.RunAsync(["bench", "hi", "apple", "bye", "--latency", "10", "-c", "8", "--modes", "async", "--format", "json"]);

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var note = Assert.Single(json.RootElement.GetProperty("notes").EnumerateArray()).GetString();
        Assert.Equal("c=8 is above the 3 words: at most 3 requests can be in flight, so it runs as c=3.", note);
    }

    [Fact]
    public async Task A_rate_limit_is_applied_and_the_report_says_it_bounds_the_time()
    {
        // Arrange: a loopback site, so only an explicit --rate applies; the site counts the busiest second.
        await using var site = await Scraper.LocalSite.LocalSite.StartAsync(new LocalSiteOptions(), Cancellation);

        // Act
        var run = await CliRun.RunAsync(["bench", "hi", "apple", "bye", "banana", "--rate", "5", "-c", "4", "--modes", "async", "--format", "json", "--base-url", site.BaseUrl.AbsoluteUri]);

        // Assert
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(5, json.RootElement.GetProperty("requestsPerSecond").GetDouble());
        Assert.Contains(json.RootElement.GetProperty("notes").EnumerateArray(), n => n.GetString()!.StartsWith("Requests are held to 5.0 per second (the site's rate): the rate, not the concurrency, bounds the time", StringComparison.Ordinal));
        // 8 requests (4 warm-up, 4 counted) unthrottled would all fall in one second; a sliding window may see 6 at 5/s.
        Assert.InRange(site.GetStats().MaxRequestsPerSecond, 1, 6);
    }
}
