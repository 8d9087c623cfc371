namespace Scraper.Benchmark;

/// <summary>One word of one pass. <paramref name="HttpStatus"/> is null when no response arrived.</summary>
public sealed record PageSample(double LatencyMs, int? HttpStatus, int Attempts, long Bytes);
