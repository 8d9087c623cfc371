namespace Scraper.Benchmark;

/// <summary>Per-page latency in milliseconds over every page of every pass of one run (nearest rank).</summary>
public sealed record LatencyPercentiles(double P50, double P90, double P99, double Max);
