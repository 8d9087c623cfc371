namespace Scraper.Benchmark;

/// <summary>Adds to each run of a report its bounds, the one that binds, the useful concurrency, and to a sweep its predictions.</summary>
internal static class RunBounds
{
    public static BenchRun Add(BenchSettings settings, BenchRun run, IReadOnlyList<PassSample> passes)
    {
        var inputs = BenchBounds.Measure(settings, run, passes);
        var floors = BenchBounds.Floors(inputs, run.Concurrency);
        return run with
        {
            Bounds = [.. floors.Select(floor => floor with { Ms = Stats.RoundMs(floor.Ms) })],
            Bound = BenchBounds.Binding(floors, run.WallMs.Median),
            UsefulConcurrency = BenchBounds.UsefulConcurrency(inputs),
        };
    }

    /// <summary>
    /// Each point after the first gets the wall time the point before it predicts: the largest bound of that
    /// point's measurements at this concurrency, times that point's own ratio to its bound.
    /// </summary>
    public static List<SweepPoint> Predict(BenchSettings settings, List<SweepPoint> sweep, IReadOnlyList<BenchRun> runs, ILookup<(BenchMode, int), PassSample> passes)
    {
        var predicted = new List<SweepPoint>(sweep.Count);
        for (var i = 0; i < sweep.Count; i++)
        {
            var before = i == 0 ? null : runs.FirstOrDefault(run => run.Mode == BenchMode.Async && run.Concurrency == sweep[i - 1].Concurrency);
            if (before?.Bound?.Ratio is not { } ratio)
            {
                predicted.Add(sweep[i]);
                continue;
            }

            var inputs = BenchBounds.Measure(settings, before, [.. passes[(BenchMode.Async, before.Concurrency)]]);
            var floor = BenchBounds.Binding(BenchBounds.Floors(inputs, sweep[i].Concurrency), 0);
            predicted.Add(sweep[i] with { PredictedMs = floor is null ? null : Stats.RoundMs(floor.Ms * ratio) });
        }

        return predicted;
    }
}
