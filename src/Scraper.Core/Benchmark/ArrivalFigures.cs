namespace Scraper.Benchmark;

/// <summary>
/// An async run under --arrival-rate: words sent a second, each word's latency counted from when it was due (its
/// queueing included), and its queueing alone (from when it was due to when its first request went out).
/// </summary>
public sealed record ArrivalFigures(double PerSecond, LatencyPercentiles FromDueMs, LatencyPercentiles QueueMs);
