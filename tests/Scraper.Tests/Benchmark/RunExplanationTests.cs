using Scraper.Benchmark;

namespace Scraper.Tests.Benchmark;

/// <summary>The sentence under each run: "CPU-bound" only when the cores were busy.</summary>
public sealed class RunExplanationTests
{
    private static readonly LatencyPercentiles Zero = new(0, 0, 0, 0);

    [Fact]
    public void Slow_answers_with_idle_cores_are_not_called_CPU_bound()
    {
        var run = Run(coresBusy: 0.5, firstByteMs: 900);

        var sentence = RunExplanation.For(new BenchSettings(13, "macmillan", "http://127.0.0.1:1", LatencyMs: 300), run, cores: 2);

        Assert.StartsWith("Slow answers: the site took 900 ms", sentence, StringComparison.Ordinal);
        Assert.DoesNotContain("CPU-bound", sentence, StringComparison.Ordinal);
        Assert.Contains("the CPU kept 0.5 of 2 cores busy", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Busy_cores_are_CPU_bound()
    {
        var run = Run(coresBusy: 1.9, firstByteMs: 900);

        var sentence = RunExplanation.For(new BenchSettings(13, "macmillan", "http://127.0.0.1:1", LatencyMs: 300), run, cores: 2);

        Assert.StartsWith("CPU-bound: the CPU kept 1.9 of 2 cores busy", sentence, StringComparison.Ordinal);
    }

    private static BenchRun Run(double coresBusy, double firstByteMs) =>
        new(BenchMode.Async, 64, 1, new WallTimes(1000, 1000, 1000), 13, 13, Zero, new Dictionary<string, int> { ["200"] = 13 }, 0, 0)
        {
            CoresBusy = coresBusy,
            PhasesMs = new PhasePercentiles(Zero, Zero, Zero, new LatencyPercentiles(firstByteMs, firstByteMs, firstByteMs, firstByteMs), Zero, Zero, Zero),
        };
}
