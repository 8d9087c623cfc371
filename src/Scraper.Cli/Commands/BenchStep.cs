using Scraper.Benchmark;

namespace Scraper.Cli.Commands;

/// <summary>One pass of a bench: a mode at a concurrency, counted or the warm-up.</summary>
internal sealed record BenchStep(BenchMode Mode, int Concurrency, bool Counted, string Label);
