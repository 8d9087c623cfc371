using Scraper.Benchmark;
using Scraper.Fetching;
using Scraper.LocalSite;
using Scraper.Lookup;
using Scraper.Sites;
using Scraper.Tests.Support;
using Site = Scraper.LocalSite.LocalSite;

namespace Scraper.Tests.Benchmark;

/// <summary>
/// Every page's phases (slot, politeness, connect, first byte, body, retry waits, parse) are measured apart from
/// the word's own clock, and together they account for the word's whole latency.
/// </summary>
public sealed class RequestPhasesTests
{
    private static readonly string[] Keywords = ["hi", "apple", "banana", "call", "feel", "hello"];

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(BenchMode.Sync)]
    [InlineData(BenchMode.Async)]
    [InlineData(BenchMode.Threads)]
    public async Task The_phases_of_each_request_are_measured_and_never_add_up_to_more_than_its_time(BenchMode mode)
    {
        // Arrange: one slot for six words, so async words wait for it; a fresh client, so the first request connects
        await using var site = await Site.StartAsync(new LocalSiteOptions { LatencyMs = 50 }, Cancellation);
        var runner = Runner(site.BaseUrl, concurrency: 1);

        // Act
        var pass = await runner.RunPassAsync(mode, 1, Keywords, null, Cancellation);

        // Assert
        Assert.All(pass.Results, result =>
        {
            var timing = Assert.Single(result.Trace.Timings);
            // The phases are parts of the word's time that do not overlap: together never more than it.
            Assert.True(timing.TotalMs <= result.ElapsedMs, $"{result.Keyword}: phases {timing.TotalMs} ms of {result.ElapsedMs} ms");
            Assert.True(timing.Fetch.FirstByteMs >= 25, $"{result.Keyword}: first byte {timing.Fetch.FirstByteMs} ms");
            Assert.True(timing.ParseMs > 0, $"{result.Keyword}: parse {timing.ParseMs} ms");
        });
        Assert.True(pass.Results[0].Trace.Timings[0].Fetch.NewConnection, "the first request opened the connection");
        Assert.True(pass.Results[0].Trace.Timings[0].Fetch.ConnectMs > 0);
        Assert.All(pass.Results.Skip(1), r => Assert.False(r.Trace.Timings[0].Fetch.NewConnection, $"{r.Keyword} reused the connection"));
        if (mode == BenchMode.Async)
        {
            // Two words are under way per slot: the second of each pair waits about one latency for it.
            Assert.Contains(pass.Results, r => r.Trace.Timings[0].Fetch.SlotWaitMs >= 40);
        }
    }

    [Fact]
    public async Task A_retried_page_counts_its_wait_between_attempts()
    {
        // Arrange: the page answers 503 first, then the page
        await using var server = await FixtureServer.StartAsync(Cancellation);
        server.Script("/us/dictionary/american/florp", FixtureResponse.WithStatus(503), FixtureResponse.Page("florp_1.html"));
        server.Otherwise(FixtureResponse.Page("florp_1.html"));
        var runner = Runner(server.BaseUrl, concurrency: 1);

        // A warm-up, as every bench has: the first call's JIT happens before any phase starts, and is no request's.
        await runner.RunPassAsync(BenchMode.Async, 1, ["warm"], null, Cancellation);

        // Act
        var pass = await runner.RunPassAsync(BenchMode.Async, 1, ["florp"], null, Cancellation);

        // Assert: the backoff starts about 100 ms here (with jitter, which may halve it)
        var result = Assert.Single(pass.Results);
        var timing = Assert.Single(result.Trace.Timings);
        Assert.Equal(2, timing.Attempts);
        Assert.True(timing.Fetch.RetryWaitMs > 10, $"retry wait {timing.Fetch.RetryWaitMs} ms");
        Assert.True(timing.TotalMs <= result.ElapsedMs, $"phases {timing.TotalMs} ms of {result.ElapsedMs} ms");
    }

    [Fact]
    public async Task The_report_gives_each_phase_a_histogram_and_the_cpu_of_each_run()
    {
        await using var site = await Site.StartAsync(new LocalSiteOptions { LatencyMs = 50 }, Cancellation);
        var runner = Runner(site.BaseUrl, concurrency: 2);
        var sync = await runner.RunPassAsync(BenchMode.Sync, 1, Keywords, null, Cancellation);
        var async = await runner.RunPassAsync(BenchMode.Async, 2, Keywords, null, Cancellation);

        // The process's CPU time counts every test running beside this one: a measured figure would make the
        // explanation CPU-bound whenever the suite is busy, so the report gets a small one (the pass's own is > 0).
        Assert.All([sync, async], pass => Assert.True(pass.Sample.CpuMs > 0));
        var report = BenchReportBuilder.Build(
            BenchSamples.Local(keywords: Keywords.Length, latencyMs: 50),
            [sync.Sample with { CpuMs = 1 }, async.Sample with { CpuMs = 1 }],
            identicalEntries: true);

        Assert.All(report.Runs, run =>
        {
            Assert.NotNull(run.PhasesMs);
            Assert.True(run.PhasesMs.FirstByte.P50 >= 25, $"{run.Mode}: {run.PhasesMs.FirstByte.P50}");
            Assert.Equal(Keywords.Length, run.Histogram.Sum(bucket => bucket.Count));
            Assert.Equal(Keywords.Length, run.Connections!.Opened + run.Connections.Reused);
            Assert.True(run.CpuMs > 0);
        });
        Assert.StartsWith("Latency-bound: one page at a time", report.Runs[0].Explanation, StringComparison.Ordinal);

        // Four words are under way for two slots: most wait a whole latency for one.
        Assert.StartsWith("Limited by the concurrency", report.Runs[1].Explanation, StringComparison.Ordinal);
    }

    private static BenchRunner Runner(Uri baseUrl, int concurrency)
    {
        var options = new FetchOptions { Concurrency = concurrency, RetryBaseDelay = TimeSpan.FromMilliseconds(100) };
        var session = Engine.Session(options);
        return new BenchRunner(session, session.Site("macmillan", baseUrl));
    }

}
