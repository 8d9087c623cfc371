using Scraper.Benchmark;

namespace Scraper.Tests.Benchmark;

public sealed class BenchReportBuilderTests
{
    [Fact]
    public void Speedup_ideal_and_efficiency_of_13_words_at_concurrency_8_and_300_ms()
    {
        PassSample[] passes = [BenchSamples.Pass(BenchMode.Sync, 1, 3900), BenchSamples.Pass(BenchMode.Async, 8, 625)];

        var report = BenchReportBuilder.Build(BenchSamples.Local(), passes, identicalEntries: true);

        Assert.Equal(6.24, report.Speedup);
        Assert.Equal(600, report.IdealAsyncMs);
        Assert.Equal(0.96, report.Efficiency);
        Assert.Empty(report.Sweep);
    }

    [Fact]
    public void Each_mode_and_concurrency_becomes_one_run_in_first_seen_order_with_its_repeats()
    {
        PassSample[] passes =
        [
            BenchSamples.Pass(BenchMode.Async, 8, 700),
            BenchSamples.Pass(BenchMode.Sync, 1, 4000),
            BenchSamples.Pass(BenchMode.Async, 8, 600),
            BenchSamples.Pass(BenchMode.Sync, 1, 3800),
            BenchSamples.Pass(BenchMode.Async, 8, 650),
            BenchSamples.Pass(BenchMode.Async, 8, 640),
        ];

        var report = BenchReportBuilder.Build(BenchSamples.Local(), passes, identicalEntries: true);

        Assert.Equal([BenchMode.Async, BenchMode.Sync], report.Runs.Select(run => run.Mode));
        var async = report.Runs[0];
        Assert.Equal(4, async.Repeat);
        Assert.Equal(new WallTimes(600, 645, 700), async.WallMs);
        Assert.Equal(13, async.Pages);
        Assert.Equal(20.2, async.PagesPerSecond); // 13 / 0.645 s
        Assert.Equal(new WallTimes(3800, 3900, 4000), report.Runs[1].WallMs);
    }

    [Fact]
    public void A_sweep_lists_every_async_concurrency_in_order_and_the_top_level_figures_are_the_fastest()
    {
        PassSample[] passes =
        [
            BenchSamples.Pass(BenchMode.Sync, 1, 3900),
            BenchSamples.Pass(BenchMode.Async, 8, 620),
            BenchSamples.Pass(BenchMode.Async, 2, 2100),
            BenchSamples.Pass(BenchMode.Async, 16, 400),
        ];

        var report = BenchReportBuilder.Build(BenchSamples.Local(), passes, identicalEntries: true);

        Assert.Equal([2, 8, 16], report.Sweep.Select(point => point.Concurrency));
        Assert.Equal(new SweepPoint(2, 2100, 1.86, 2100, 1), report.Sweep[0]);
        Assert.Equal(16, report.FastestAsyncRun()!.Concurrency);
        Assert.Equal(9.75, report.Speedup);
        Assert.Equal(300, report.IdealAsyncMs);
        Assert.Equal(0.75, report.Efficiency);
    }

    [Fact]
    public void Without_a_known_latency_the_ideal_and_efficiency_are_null_but_the_speedup_is_not()
    {
        PassSample[] passes = [BenchSamples.Pass(BenchMode.Sync, 1, 3900), BenchSamples.Pass(BenchMode.Async, 8, 650)];

        var report = BenchReportBuilder.Build(BenchSamples.Local(latencyMs: null), passes, identicalEntries: true);

        Assert.Equal(6, report.Speedup);
        Assert.Null(report.IdealAsyncMs);
        Assert.Null(report.Efficiency);
    }

    [Fact]
    public void Without_a_sync_run_the_speedup_is_null()
    {
        PassSample[] passes = [BenchSamples.Pass(BenchMode.Async, 8, 650), BenchSamples.Pass(BenchMode.Threads, 8, 700)];

        var report = BenchReportBuilder.Build(BenchSamples.Local(), passes, identicalEntries: true);

        Assert.Null(report.Speedup);
        Assert.Equal(600, report.IdealAsyncMs);
    }

    [Fact]
    public void Retries_statuses_bytes_and_latencies_are_summed_over_every_pass_of_a_run()
    {
        PageSample[] first = [new(100, 200, 1, 500), new(400, 503, 3, 0), new(200, 200, 2, 700)];
        PageSample[] second = [new(300, 200, 1, 500), new(900, null, 4, 0), new(250, 404, 1, 300)];
        PassSample[] passes = [new(BenchMode.Async, 4, 900, first), new(BenchMode.Async, 4, 1000, second)];

        var run = Assert.Single(BenchReportBuilder.Build(BenchSamples.Local(), passes, identicalEntries: true).Runs);

        Assert.Equal(new Dictionary<string, int> { ["200"] = 3, ["404"] = 1, ["503"] = 1, ["none"] = 1 }, run.Statuses);
        Assert.Equal(["200", "404", "503", "none"], run.Statuses.Keys);
        Assert.Equal(6, run.Retries);
        Assert.Equal(2000, run.Bytes);
        Assert.Equal(3, run.Pages);
        // HdrHistogram's upper bucket edge: 250 ms reads 250.1 (within 0.1 %); the largest value caps the others.
        Assert.Equal(new LatencyPercentiles(250.1, 900, 900, 900) { P999 = 900 }, run.LatencyMs);
    }

    [Fact]
    public void Milliseconds_are_rounded_to_one_decimal_and_ratios_to_two()
    {
        PassSample[] passes = [BenchSamples.Pass(BenchMode.Sync, 1, 3912.345), BenchSamples.Pass(BenchMode.Async, 8, 601.26)];

        var report = BenchReportBuilder.Build(BenchSamples.Local(), passes, identicalEntries: false);

        Assert.Equal(3912.3, report.Runs[0].WallMs.Median);
        Assert.Equal(601.3, report.Runs[1].WallMs.Median);
        Assert.Equal(6.51, report.Speedup);
        Assert.False(report.IdenticalEntries);
    }
}
