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
    /// <summary>
    /// What a reader must know before trusting the figures, in words: passes whose pages were not mostly HTTP 200,
    /// modes that got different statuses, an impossible efficiency, a concurrency above the words, a rate limit.
    /// </summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>
    /// True when a pass got pages that were not mostly HTTP 200, or the modes got different statuses: the
    /// report then claims no speedup or efficiency for it, and the run exits 3.
    /// </summary>
    public bool Unsound { get; init; }

    /// <summary>The request rate the run was held to (--rate, or the profile's off loopback); null: none.</summary>
    public double? RequestsPerSecond { get; init; }

    /// <summary>Ctrl+C or SIGTERM stopped the bench; the runs are those of the passes that finished.</summary>
    public bool Interrupted { get; init; }

    /// <summary>-n: the words each pass looked up, cycling the list; null when the list ran once.</summary>
    public int? Count { get; init; }

    /// <summary>
    /// --duration: how long each pass ran (words under way at the end finish after it). The passes then looked up
    /// different numbers of words, so the speedup compares pages per second, not wall times.
    /// </summary>
    public double? DurationMs { get; init; }

    /// <summary>--arrival-rate: async words a second on a fixed schedule (the open model); null: closed model.</summary>
    public double? ArrivalRate { get; init; }

    /// <summary>--compare: this run against a saved baseline; null without --compare.</summary>
    public BaselineComparison? Comparison { get; init; }

    /// <summary>The sync run the speedup is measured against, if any.</summary>
    public BenchRun? SyncRun() => Runs.FirstOrDefault(run => run.Mode == BenchMode.Sync);

    /// <summary>
    /// The async run the top-level figures describe: the lowest median wall time, first seen on a tie; with
    /// --duration, where every pass takes about the same time, the highest rate.
    /// </summary>
    public BenchRun? FastestAsyncRun() => DurationMs is null
        ? Runs.Where(run => run.Mode == BenchMode.Async).MinBy(run => run.WallMs.Median)
        : Runs.Where(run => run.Mode == BenchMode.Async).MaxBy(run => run.PagesPerSecond);
}
