namespace Scraper.Benchmark;

/// <summary>One counted, timed pass over every word, in one mode at one concurrency.</summary>
public sealed record PassSample(BenchMode Mode, int Concurrency, double WallMs, IReadOnlyList<PageSample> Pages)
{
    /// <summary>CPU time of the whole process during the pass (with the embedded site, when it runs in-process).</summary>
    public double CpuMs { get; init; }

    /// <summary>The pass's start, a <see cref="TimeProvider"/> timestamp: page start offsets are measured from it.</summary>
    public long Started { get; init; }

    /// <summary>Which of the --repeat rounds this pass was (1-based).</summary>
    public int Round { get; init; } = 1;
}
