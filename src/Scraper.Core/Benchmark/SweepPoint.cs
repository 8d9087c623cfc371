namespace Scraper.Benchmark;

/// <summary>The figures of one async concurrency of a sweep.</summary>
/// <param name="WallMs">The median wall time of that async run.</param>
public sealed record SweepPoint(int Concurrency, double WallMs, double? Speedup, double? IdealAsyncMs, double? Efficiency)
{
    /// <summary>
    /// The wall time the bounds predicted for this point from the point before it (its bound at this concurrency
    /// times its own ratio to its bound); null for the first point.
    /// </summary>
    public double? PredictedMs { get; init; }
}
