namespace Scraper.Benchmark;

/// <summary>One counted, timed pass over every word, in one mode at one concurrency.</summary>
public sealed record PassSample(BenchMode Mode, int Concurrency, double WallMs, IReadOnlyList<PageSample> Pages);
