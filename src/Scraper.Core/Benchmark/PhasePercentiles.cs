namespace Scraper.Benchmark;

/// <summary>
/// Per-page percentiles of each phase of a run, in the order they happen: waiting for a request slot, for the
/// host's pause and rate, connecting, waiting for the first byte, reading the body, waiting between attempts, parsing.
/// </summary>
public sealed record PhasePercentiles(
    LatencyPercentiles SlotWait,
    LatencyPercentiles PoliteWait,
    LatencyPercentiles Connect,
    LatencyPercentiles FirstByte,
    LatencyPercentiles Body,
    LatencyPercentiles RetryWait,
    LatencyPercentiles Parse);
