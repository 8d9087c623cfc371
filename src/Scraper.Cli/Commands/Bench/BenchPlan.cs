using Scraper.Benchmark;

namespace Scraper.Cli.Commands;

/// <summary>
/// The order of a bench's passes: one small uncounted async warm-up (JIT, connections), then each
/// repeat runs every mode once, so that noise on a shared machine falls on all modes alike.
/// </summary>
internal static class BenchPlan
{
    /// <summary>
    /// The warm-up looks up twice the highest concurrency in words at that concurrency: enough to open every
    /// connection and JIT every path, without making the user wait for a whole extra pass over a long list.
    /// </summary>
    public static IReadOnlyList<BenchStep> For(BenchRequest request)
    {
        var highest = request.Concurrency.Max();
        var steps = new List<BenchStep> { new(BenchMode.Async, highest, false, "warm-up (async, not counted)", 2 * highest) };
        for (var round = 1; round <= request.Repeat; round++)
        {
            var suffix = request.Repeat > 1 ? $" {round}/{request.Repeat}" : "";
            foreach (var mode in request.Modes)
            {
                if (mode == BenchMode.Sync)
                {
                    steps.Add(new(mode, 1, true, $"sync{suffix}", Round: round));
                    continue;
                }

                steps.AddRange(request.Concurrency.Select(c => new BenchStep(mode, c, true, $"{mode.ToString().ToLowerInvariant()} c={c}{suffix}", Round: round)));
            }
        }

        return steps;
    }
}
