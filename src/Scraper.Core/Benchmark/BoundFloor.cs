namespace Scraper.Benchmark;

/// <summary>One lower bound on a pass's wall time, with the figures it comes from in words ("4 waves × 100.3 ms").</summary>
public sealed record BoundFloor(BoundKind Kind, double Ms, string Basis);
