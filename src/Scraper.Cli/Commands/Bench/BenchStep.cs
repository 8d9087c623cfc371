using Scraper.Benchmark;

namespace Scraper.Cli.Commands;

/// <summary>One pass of a bench: a mode at a concurrency, counted or the warm-up.</summary>
/// <param name="Words">How many of the words an uncounted pass looks up; a counted pass looks up every word.</param>
/// <param name="Round">Which --repeat round a counted pass belongs to (1-based).</param>
internal sealed record BenchStep(BenchMode Mode, int Concurrency, bool Counted, string Label, int Words = int.MaxValue, int Round = 1);
