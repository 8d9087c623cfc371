using Scraper.Benchmark;

namespace Scraper.Cli.Commands;

/// <summary>
/// The order of a bench's passes: one uncounted async warm-up (JIT, connections), then each
/// repeat runs every mode once, so that noise on a shared machine falls on all modes alike.
/// </summary>
internal static class BenchPlan
{
    public static IReadOnlyList<BenchStep> For(BenchRequest request)
    {
        var steps = new List<BenchStep> { new(BenchMode.Async, request.Concurrency[0], false, "warm-up (async, not counted)") };
        for (var round = 1; round <= request.Repeat; round++)
        {
            var suffix = request.Repeat > 1 ? $" {round}/{request.Repeat}" : "";
            foreach (var mode in request.Modes)
            {
                if (mode == BenchMode.Sync)
                {
                    steps.Add(new(mode, 1, true, $"sync{suffix}"));
                    continue;
                }

                steps.AddRange(request.Concurrency.Select(c => new BenchStep(mode, c, true, $"{mode.ToString().ToLowerInvariant()} c={c}{suffix}")));
            }
        }

        return steps;
    }
}
