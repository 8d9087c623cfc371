namespace Scraper.Benchmark;

/// <summary>Wall-clock milliseconds of the passes of one run.</summary>
public sealed record WallTimes(double Min, double Median, double Max);
