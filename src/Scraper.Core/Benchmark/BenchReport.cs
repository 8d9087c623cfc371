namespace Scraper.Benchmark;

/// <summary>
/// The bench report, shaped as PRODUCT.md's JSON. The top-level speedup, ideal and efficiency describe the
/// fastest async run; <see cref="Sweep"/> lists every async concurrency when there are several, else it is empty.
/// </summary>
public sealed record BenchReport(
    int Keywords,
    string Site,
    string BaseUrl,
    int? LatencyMs,
    IReadOnlyList<BenchRun> Runs,
    double? Speedup,
    double? IdealAsyncMs,
    double? Efficiency,
    bool IdenticalEntries,
    IReadOnlyList<SweepPoint> Sweep)
{
    /// <summary>The sync run the speedup is measured against, if any.</summary>
    public BenchRun? SyncRun() => Runs.FirstOrDefault(run => run.Mode == BenchMode.Sync);

    /// <summary>The async run the top-level figures describe: the lowest median wall time, first seen on a tie.</summary>
    public BenchRun? FastestAsyncRun() => Runs.Where(run => run.Mode == BenchMode.Async).MinBy(run => run.WallMs.Median);
}
