namespace Scraper.Benchmark;

/// <summary>The figures of one async concurrency of a sweep.</summary>
/// <param name="WallMs">The median wall time of that async run.</param>
public sealed record SweepPoint(int Concurrency, double WallMs, double? Speedup, double? IdealAsyncMs, double? Efficiency);
