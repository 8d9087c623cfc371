namespace Scraper.Benchmark;

/// <summary>
/// One run (mode and concurrency) against the same run of a baseline: both wall times, the change of the median
/// (0.12: 12 % slower), and the verdict: "faster", "slower" or "the same within noise".
/// </summary>
/// <param name="Regression">Slower, and by more than the threshold.</param>
public sealed record RunComparison(string Run, WallTimes BaselineMs, WallTimes CurrentMs, double Change, string Verdict, bool Regression);
