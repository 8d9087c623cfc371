namespace Scraper.Benchmark;

/// <summary>How a bench pass fetches its pages. Serialized lowercase ("sync").</summary>
public enum BenchMode
{
    Sync,
    Async,
    Threads,
}
