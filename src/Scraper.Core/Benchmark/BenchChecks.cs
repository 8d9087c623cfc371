using System.Globalization;

namespace Scraper.Benchmark;

/// <summary>
/// The checks that keep a bench report from telling nonsense: pages that were not mostly HTTP 200, modes that
/// got different statuses, an efficiency over 100 %, a concurrency above the number of words, a rate limit.
/// </summary>
internal static class BenchChecks
{
    /// <summary>A run measures lookups only when at least this share of its pages were HTTP 200.</summary>
    public const double SoundShare = 0.9;

    public static BenchRun WithProblem(BenchRun run)
    {
        var total = run.Statuses.Values.Sum();
        var ok = run.Statuses.GetValueOrDefault("200");
        return total > 0 && ok >= SoundShare * total
            ? run
            : run with
            {
                Problem = $"{Label(run)}: only {Number(ok)} of {Number(total)} pages were HTTP 200 ({BenchFormat.Statuses(run.Statuses)}): its times measure errors, not lookups",
            };
    }

    /// <summary>Whether every run got the same statuses per pass (a repeat of 3 has three times the counts of one).</summary>
    /// <remarks>Passes of a --duration bench looked up different numbers of words: theirs compare as shares, within 2 points.</remarks>
    public static bool SameStatuses(IReadOnlyList<BenchRun> runs)
    {
        var totals = runs.Select(run => run.Statuses.Values.Sum() / (double)Math.Max(1, run.Repeat)).Distinct().Count();
        if (totals <= 1)
        {
            var shapes = runs.Select(run => string.Join(',', run.Statuses.Select(pair => $"{pair.Key}={pair.Value / (double)Math.Max(1, run.Repeat)}"))).Distinct().Count();
            return shapes <= 1;
        }

        var keys = runs.SelectMany(run => run.Statuses.Keys).Distinct().ToList();
        return keys.All(key =>
        {
            var shares = runs.Select(run => run.Statuses.GetValueOrDefault(key) / (double)Math.Max(1, run.Statuses.Values.Sum())).ToList();
            return shares.Max() - shares.Min() <= 0.02;
        });
    }

    public static List<string> Notes(BenchSettings settings, IReadOnlyList<BenchRun> runs, IReadOnlyList<SweepPoint> points, bool sameStatuses)
    {
        var notes = runs.Where(run => run.Problem is not null).Select(run => $"{run.Problem}; no speedup or efficiency is claimed for it.").ToList();
        if (!sameStatuses)
        {
            notes.Add("The modes got different HTTP statuses (" + string.Join("; ", runs.Select(run => $"{Label(run)}: {BenchFormat.Statuses(run.Statuses)}"))
                + "): their times do not compare like with like, so no speedup is claimed.");
        }

        foreach (var point in points.Where(point => point.Efficiency > 1))
        {
            var run = runs.First(r => r.Mode == BenchMode.Async && r.Concurrency == point.Concurrency);
            notes.Add($"Efficiency {BenchFormat.Percent(point.Efficiency!.Value)} at c={Number(point.Concurrency)} is impossible if every page took the "
                + $"{Number(settings.LatencyMs ?? 0)} ms the ideal assumes: the median page took {BenchFormat.Ms(run.LatencyMs.P50)} ms, "
                + "so these answers came without the added latency and the ideal is no bound.");
        }

        foreach (var concurrency in runs.Where(run => run.Mode != BenchMode.Sync && run.Concurrency > settings.Keywords).Select(run => run.Concurrency).Distinct())
        {
            notes.Add($"c={Number(concurrency)} is above the {Number(settings.Keywords)} words: at most {Number(settings.Keywords)} requests can be in flight, so it runs as c={Number(settings.Keywords)}.");
        }

        // Little's law holds in a steady state: a pass of one wave (no more pages than slots) has none.
        foreach (var run in runs.Where(run => run.Mode != BenchMode.Sync && run.Pages > run.Concurrency && run.UsefulConcurrency is { } useful && run.Concurrency > Math.Max(1, Math.Ceiling(useful))))
        {
            notes.Add($"{Label(run)} is above the useful concurrency of {BenchFormat.Rate(run.UsefulConcurrency!.Value)} (Little's law: the pages a second that the rate, "
                + "the CPU and the bandwidth allow, times the median page's latency): requests in flight beyond it only wait.");
        }

        if (settings.RequestsPerSecond is { } rate && runs.Count > 0)
        {
            var pages = runs.Max(run => run.Pages);
            var floor = Math.Max(0, pages - 1) / rate;
            notes.Add($"Requests are held to {BenchFormat.Rate(rate)} per second (the site's rate): the rate, not the concurrency, bounds the time; "
                + $"{Number(pages)} pages take at least {BenchFormat.Ms(floor * 1000)} ms at any concurrency.");
        }

        return notes;
    }

    public static string Label(BenchRun run) => BenchFormat.Label(run);

    private static string Number(int value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
