namespace Scraper.Benchmark;

/// <summary>
/// The bound that binds a run: the largest of its lower bounds, in milliseconds, and the run's median wall time as a
/// multiple of it (1.09: 9 % above what physics allows).
/// </summary>
public sealed record RunBound(BoundKind Kind, double Ms, double? Ratio);
