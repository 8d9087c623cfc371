using System.Collections.Concurrent;
using Scraper.Benchmark;
using Scraper.Fetching;
using Scraper.LocalSite;
using Scraper.Lookup;
using Scraper.Results;
using Scraper.Sites;
using Site = Scraper.LocalSite.LocalSite;

using Scraper.Tests.Support;

namespace Scraper.Tests.Benchmark;

/// <summary>The runner's passes on the in-process site at 50 ms: their timing, their order and their entries.</summary>
public sealed class BenchRunnerTests
{
    private const int LatencyMs = 50;

    private static readonly string[] Keywords =
        ["hi", "apple", "banana", "call", "feel", "hello", "bye", "like", "love", "environmental", "buzz", "ambition", "determine"];

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_sync_pass_takes_at_least_one_latency_per_word_and_extracts_what_async_and_threads_extract()
    {
        await using var site = await Site.StartAsync(new LocalSiteOptions { LatencyMs = LatencyMs }, Cancellation);
        var options = new FetchOptions { Concurrency = 4 };
        using var session = Engine.Session(options, HomographMode.First);
        var lookup = session.Site("macmillan", site.BaseUrl);
        var runner = new BenchRunner(session, lookup);
        await runner.RunPassAsync(BenchMode.Async, 4, Keywords, null, Cancellation);
        var progress = new RecordingProgress();

        var sync = await runner.RunPassAsync(BenchMode.Sync, 4, Keywords, progress, Cancellation);
        var async = await runner.RunPassAsync(BenchMode.Async, 4, Keywords, null, Cancellation);
        var threads = await runner.RunPassAsync(BenchMode.Threads, 4, Keywords, null, Cancellation);

        Assert.True(sync.Sample.WallMs >= 0.9 * Keywords.Length * LatencyMs, $"sync took {sync.Sample.WallMs} ms");
        Assert.Equal(1, sync.Sample.Concurrency);
        Assert.Equal(Enumerable.Range(1, Keywords.Length), progress.Reports.Order());
        Assert.All([sync, async, threads], pass => Assert.Equal(Keywords, pass.Results.Select(r => r.Keyword)));
        Assert.All(sync.Results, r => Assert.Equal(LookupStatus.Found, r.Status));
        Assert.True(IdenticalEntries.Check([sync.Results, async.Results, threads.Results]));
        // A server timer may fire a fraction of a millisecond early against the client clock.
        Assert.All(sync.Sample.Pages, page => Assert.True(page.LatencyMs >= 0.9 * LatencyMs, $"{page.LatencyMs} ms"));
    }

    [Fact]
    public async Task Passes_that_extracted_different_entries_are_not_identical()
    {
        await using var site = await Site.StartAsync(new LocalSiteOptions(), Cancellation);
        var options = new FetchOptions();
        using var session = Engine.Session(options, HomographMode.First);
        var lookup = session.Site("macmillan", site.BaseUrl);
        var pass = (await new BenchRunner(session, lookup).RunPassAsync(BenchMode.Async, 4, Keywords, null, Cancellation)).Results;

        var altered = pass.Select((r, i) => i == 8 ? r with { Entries = [.. r.Entries.Skip(1)] } : r).ToList();

        Assert.False(IdenticalEntries.Check([pass, altered]));
    }

    [Fact]
    public async Task An_async_page_latency_counts_its_request_not_its_wait_for_a_free_slot()
    {
        // Arrange: one request at a time, so half the words under way wait a whole latency for the slot.
        const int slowMs = 200;
        await using var site = await Site.StartAsync(new LocalSiteOptions { LatencyMs = slowMs }, Cancellation);
        var options = new FetchOptions { Concurrency = 1 };
        using var session = Engine.Session(options, HomographMode.First);
        var lookup = session.Site("macmillan", site.BaseUrl);
        var runner = new BenchRunner(session, lookup);
        await runner.RunPassAsync(BenchMode.Async, 1, ["hi"], null, Cancellation);

        // Act
        var pass = await runner.RunPassAsync(BenchMode.Async, 1, ["hi", "apple", "banana", "bye"], null, Cancellation);

        // Assert
        // 0.9: the site's timer may fire a fraction of a millisecond early (a CI run measured 799.4 ms for 4 × 200).
        Assert.True(pass.Sample.WallMs >= 0.9 * 4 * slowMs, $"wall {pass.Sample.WallMs} ms");
        // One slot: the requests never overlap, so their times add up to no more than the pass's wall time; counting
        // the waits for the slot (200, 400, 600 ms more) would add up to about two and a half times it.
        Assert.All(pass.Sample.Pages, page => Assert.True(page.LatencyMs >= 0.9 * slowMs, $"{page.LatencyMs} ms"));
        Assert.True(pass.Sample.Pages.Sum(page => page.LatencyMs) <= pass.Sample.WallMs + 1, $"latencies {string.Join(", ", pass.Sample.Pages.Select(p => p.LatencyMs))} ms, wall {pass.Sample.WallMs} ms");
    }

    [Fact]
    public async Task With_every_homograph_followed_a_word_counts_each_page_it_fetched()
    {
        // Arrange: love has its homographs on love_1 and love_2; apple has one page.
        await using var site = await Site.StartAsync(new LocalSiteOptions(), Cancellation);
        var options = new FetchOptions();
        using var session = Engine.Session(options, HomographMode.All);
        var lookup = session.Site("macmillan", site.BaseUrl);

        // Act
        var pass = await new BenchRunner(session, lookup).RunPassAsync(BenchMode.Async, 2, ["love", "apple"], null, Cancellation);
        var report = BenchReportBuilder.Build(BenchSamples.Local(keywords: 2), [pass.Sample], identicalEntries: true);

        // Assert
        Assert.Equal([2, 1], pass.Sample.Pages.Select(word => word.PagesFetched));
        Assert.Equal(3, report.Runs[0].Pages);
    }

    private sealed class RecordingProgress : IProgress<int>
    {
        private readonly ConcurrentQueue<int> reports = new();

        public IEnumerable<int> Reports => reports;

        public void Report(int value) => reports.Enqueue(value);
    }
}
