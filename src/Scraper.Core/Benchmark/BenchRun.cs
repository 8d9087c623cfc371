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
}
