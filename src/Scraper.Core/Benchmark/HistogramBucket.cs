namespace Scraper.Benchmark;

/// <summary>Pages whose latency fell in (<paramref name="FromMs"/>, <paramref name="ToMs"/>]; the first bucket includes its lower edge.</summary>
public sealed record HistogramBucket(double FromMs, double ToMs, int Count);
