namespace Scraper.Benchmark;

/// <summary>The passes of one mode at one concurrency, summarized.</summary>
/// <param name="Statuses">Page count by HTTP status code ("200"), or "none" when no response arrived; ordered by key.</param>
/// <param name="Retries">Attempts beyond the first, summed over every page of every pass.</param>
public sealed record BenchRun(
    BenchMode Mode,
    int Concurrency,
    int Repeat,
    WallTimes WallMs,
    int Pages,
    double PagesPerSecond,
    LatencyPercentiles LatencyMs,
    IReadOnlyDictionary<string, int> Statuses,
    int Retries,
    long Bytes)
{
    /// <summary>Why this run's timings do not measure lookups (its pages were not mostly HTTP 200); null when they do.</summary>
    public string? Problem { get; init; }

    /// <summary>Percentiles of each phase of a page, over every page of every pass.</summary>
    public PhasePercentiles? PhasesMs { get; init; }

    /// <summary>Pages that opened a connection and pages that reused one.</summary>
    public ConnectionCounts? Connections { get; init; }

    /// <summary>The pages' latencies (as <see cref="LatencyMs"/>) in ten equal buckets from the fastest to the slowest.</summary>
    public IReadOnlyList<HistogramBucket> Histogram { get; init; } = [];

    /// <summary>CPU time of the process, median over the passes (client and, in-process, the embedded site).</summary>
    public double CpuMs { get; init; }

    /// <summary>CPU time over wall time: how many cores the process kept busy on average.</summary>
    public double CoresBusy { get; init; }

    /// <summary>One plain sentence: whether the run was latency-bound, CPU-bound, rate-bound or limited by the concurrency.</summary>
    public string Explanation { get; init; } = "";

    /// <summary>The lower bound that binds this run, and its median wall time over it; null when none could be computed.</summary>
    public RunBound? Bound { get; init; }

    /// <summary>Every lower bound of this run's time, with the figures each comes from.</summary>
    public IReadOnlyList<BoundFloor> Bounds { get; init; } = [];

    /// <summary>Little's law: the concurrency beyond which requests only wait (throughput cap × median page latency); null: no cap known.</summary>
    public double? UsefulConcurrency { get; init; }

    /// <summary>--arrival-rate: latency from when each word was due and queueing apart; null for a closed-model run.</summary>
    public ArrivalFigures? Arrival { get; init; }
}
