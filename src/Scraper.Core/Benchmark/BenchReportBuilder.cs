using System.Globalization;

namespace Scraper.Benchmark;

/// <summary>Turns the timed passes of a bench into its report.</summary>
public static class BenchReportBuilder
{
    /// <summary>
    /// One run per (mode, concurrency) in first-seen order. Figures are rounded as the JSON writes them (ms to one
    /// decimal, ratios to two), and the ratios are computed from the rounded medians, so that a reader dividing the
    /// report's own numbers gets its speedup and efficiency back.
    /// </summary>
    public static BenchReport Build(BenchSettings settings, IReadOnlyList<PassSample> passes, bool identicalEntries)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(passes);

        var byRun = passes.ToLookup(pass => (pass.Mode, pass.Concurrency));
        var runs = passes
            .GroupBy(pass => (pass.Mode, pass.Concurrency))
            .Select(group => BenchChecks.WithProblem(RunDetails.Add(BuildRun(group.ToList()), group.ToList())))
            .Select(run => run with { Explanation = RunExplanation.For(settings, run, settings.Cores) })
            .Select(run => RunBounds.Add(settings, run, [.. byRun[(run.Mode, run.Concurrency)]]))
            .Select(run => run with { Arrival = OpenModel.Figures(settings, run, [.. byRun[(run.Mode, run.Concurrency)]]) })
            .ToList();

        var sameStatuses = BenchChecks.SameStatuses(runs);
        var sync = runs.FirstOrDefault(run => run.Mode == BenchMode.Sync);
        var points = runs.Where(run => run.Mode == BenchMode.Async).Select(run => Point(settings, sync, run, sameStatuses)).ToList();
        // With --duration every pass takes about the same time: the fastest run is the one with the highest rate.
        var fastest = settings.DurationMs is null ? points.MinBy(point => point.WallMs) : points.MaxBy(point => point.Speedup ?? 0);
        var sweep = points.Count > 1 ? RunBounds.Predict(settings, [.. points.OrderBy(point => point.Concurrency)], runs, byRun) : [];
        var notes = BenchChecks.Notes(settings, runs, points, sameStatuses);

        return new BenchReport(
            settings.Keywords,
            settings.Site,
            settings.BaseUrl,
            settings.LatencyMs,
            runs,
            fastest?.Speedup,
            fastest?.IdealAsyncMs,
            fastest?.Efficiency,
            identicalEntries,
            sweep)
        {
            Notes = notes,
            Unsound = !sameStatuses || runs.Any(run => run.Problem is not null),
            RequestsPerSecond = settings.RequestsPerSecond,
            Count = settings.Count,
            DurationMs = settings.DurationMs,
            ArrivalRate = settings.ArrivalRate,
        };
    }

    private static BenchRun BuildRun(IReadOnlyList<PassSample> passes)
    {
        var walls = passes.Select(pass => pass.WallMs).ToList();
        var pages = passes.SelectMany(pass => pass.Pages).ToList();
        var median = Stats.RoundMs(Stats.Median(walls));
        var pageCount = passes[0].Pages.Sum(word => word.PagesFetched);

        return new BenchRun(
            passes[0].Mode,
            passes[0].Concurrency,
            passes.Count,
            new WallTimes(Stats.RoundMs(walls.Min()), median, Stats.RoundMs(walls.Max())),
            pageCount,
            // A rate, not a duration or a ratio: one decimal like the milliseconds. Zero when the wall time is.
            Stats.RoundMs(Stats.Ratio(pageCount * 1000.0, median) ?? 0),
            Latencies(pages),
            Statuses(pages),
            pages.Sum(page => Math.Max(page.Attempts - 1, 0)),
            pages.Sum(page => page.Bytes));
    }

    private static LatencyPercentiles Latencies(IReadOnlyList<PageSample> pages) => LatencyPercentiles.Of(pages.Select(page => page.LatencyMs));

    // Status codes are three digits, so ordinal order is numeric order, and "none" sorts after them.
    private static SortedDictionary<string, int> Statuses(IEnumerable<PageSample> pages)
    {
        var statuses = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var key = page.HttpStatus?.ToString(CultureInfo.InvariantCulture) ?? "none";
            statuses[key] = statuses.GetValueOrDefault(key) + 1;
        }

        return statuses;
    }

    // No speedup from a run whose pages were errors, nor between modes that got different answers.
    private static SweepPoint Point(BenchSettings settings, BenchRun? sync, BenchRun async, bool sameStatuses)
    {
        var comparable = sameStatuses && async.Problem is null && sync?.Problem is null;
        // A --duration pass looked up as many words as it could: its ideal is for the pages it did, and its speedup
        // compares rates, since every pass took about the same wall time.
        var words = settings.DurationMs is null ? settings.Keywords : async.Pages;
        double? ideal = settings.LatencyMs is { } latency
            ? Stats.RoundMs(Stats.IdealAsyncMs(words, async.Concurrency, latency))
            : null;
        var speedup = settings.DurationMs is null
            ? Stats.Ratio(sync?.WallMs.Median, async.WallMs.Median)
            : Stats.Ratio(async.PagesPerSecond, sync?.PagesPerSecond);

        return new SweepPoint(
            async.Concurrency,
            async.WallMs.Median,
            comparable ? Stats.RoundRatio(speedup) : null,
            ideal,
            async.Problem is null ? Stats.RoundRatio(Stats.Ratio(ideal, async.WallMs.Median)) : null);
    }
}
