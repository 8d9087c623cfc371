using Scraper.Results;
using Scraper.Benchmark;
using Scraper.Fetching;
using Scraper.Lookup;

namespace Scraper.Tests.Benchmark;

/// <summary>The lower bounds of a run, the one that binds, Little's law and the sweep's predictions.</summary>
public sealed class BenchBoundsTests
{
    [Fact]
    public void Two_hundred_pages_of_100_ms_at_concurrency_50_are_bound_by_four_latency_waves()
    {
        // Arrange: the latency-bound case; 200 ms of CPU over 2 cores is far below 400 ms
        var inputs = new BoundInputs(200, 100, 200, 2, null, 200 * 20_000, null, 0, 104);

        // Act
        var floors = BenchBounds.Floors(inputs, 50);
        var bound = BenchBounds.Binding(floors, 436);

        // Assert
        Assert.Equal([BoundKind.Latency, BoundKind.Cpu], floors.Select(f => f.Kind));
        Assert.Equal(400, floors[0].Ms);
        Assert.Equal(100, floors[1].Ms);
        Assert.Equal(new RunBound(BoundKind.Latency, 400, 1.09), bound);
    }

    [Fact]
    public void A_host_rate_binds_with_n_minus_one_gaps_and_caps_the_useful_concurrency()
    {
        // Arrange: 13 pages at 2 requests a second, 300 ms pages
        var inputs = new BoundInputs(13, 300, 50, 2, 2, 13_000, null, 0, 300);

        // Act
        var bound = BenchBounds.Binding(BenchBounds.Floors(inputs, 8), 6300);

        // Assert: 12 gaps of 500 ms; Little: 2/s × 0.3 s = 0.6 requests in flight are useful
        Assert.Equal(new RunBound(BoundKind.Rate, 6000, 1.05), bound);
        Assert.Equal(0.6, BenchBounds.UsefulConcurrency(inputs));
    }

    [Fact]
    public void Cpu_per_page_over_the_cores_binds_a_run_without_added_latency()
    {
        // Arrange: 500 pages of 4 ms CPU on 2 cores, pages answering in 1 ms
        var inputs = new BoundInputs(500, 1, 2000, 2, null, 500 * 184_000, null, 0, 2);

        // Act
        var bound = BenchBounds.Binding(BenchBounds.Floors(inputs, 32), 1100);

        // Assert: 2 cores / 4 ms = 0.5 pages a ms, × 2 ms = 1 request in flight is useful
        Assert.Equal(new RunBound(BoundKind.Cpu, 1000, 1.1), bound);
        Assert.Equal(1, BenchBounds.UsefulConcurrency(inputs));
    }

    [Fact]
    public void One_wave_that_opens_connections_is_bound_by_start_up()
    {
        var inputs = new BoundInputs(4, 100, 10, 2, null, 4000, null, 30, 100);

        var bound = BenchBounds.Binding(BenchBounds.Floors(inputs, 8), 140);

        Assert.Equal(new RunBound(BoundKind.Start, 130, 1.08), bound);
    }

    [Fact]
    public void A_report_gives_each_run_its_bound_and_notes_a_concurrency_above_the_useful_one()
    {
        // Arrange: 2 requests a second to the host, pages of 300 ms
        PassSample[] passes = [Pass(1, 6300), Pass(8, 6100)];

        // Act
        var report = BenchReportBuilder.Build(BenchSamples.Local() with { RequestsPerSecond = 2 }, passes, identicalEntries: true);

        // Assert
        Assert.All(report.Runs, run => Assert.Equal(BoundKind.Rate, run.Bound!.Kind));
        Assert.Equal(6000, report.Runs[1].Bound!.Ms);
        Assert.Equal(1.02, report.Runs[1].Bound!.Ratio);
        Assert.Contains(report.Notes, note => note.StartsWith("async c=8 is above the useful concurrency of 0.6", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Notes, note => note.StartsWith("async c=1 ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sweep_predicts_each_point_from_the_bound_and_ratio_of_the_point_before()
    {
        // Arrange: 13 pages of 300 ms; c=1 took 4,000 ms against a bound of 3,900 ms
        PassSample[] passes = [Pass(1, 4000), Pass(4, 1300), Pass(8, 640)];

        // Act
        var report = BenchReportBuilder.Build(BenchSamples.Local(), passes, identicalEntries: true);

        // Assert: c=4 is 4 waves (1,200 ms) × 4000/3900; c=8 is 2 waves (600 ms) × 1300/1200
        Assert.Null(report.Sweep[0].PredictedMs);
        Assert.Equal(Math.Round(1200 * 1.03, 1), report.Sweep[1].PredictedMs);
        Assert.Equal(Math.Round(600 * 1.08, 1), report.Sweep[2].PredictedMs);
    }

    [Fact]
    public void The_json_report_writes_the_bound_kind_ms_ratio_and_the_useful_concurrency()
    {
        var report = BenchReportBuilder.Build(BenchSamples.Local(), [Pass(8, 640)], identicalEntries: true);

        var json = BenchReportJson.Serialize(report);

        Assert.Contains("\"bound\": {\n        \"kind\": \"latency\",\n        \"ms\": 600,\n        \"ratio\": 1.07\n      }", json.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("\"usefulConcurrency\": ", json, StringComparison.Ordinal);
    }

    // 13 pages of 300 ms each (all on reused connections), 40 ms of CPU a pass.
    private static PassSample Pass(int concurrency, double wallMs) =>
        new(BenchMode.Async, concurrency, wallMs, [.. Enumerable.Range(0, 13).Select(_ => new PageSample(300, 200, 1, 1000)
        {
            Timings = [new PageTiming(new FetchPhases(0, 0, 0, 0, 299.9, 0.1, 0, false), 1, 1, 200, 1000)],
        })]) { CpuMs = 40 };
}
