using System.Globalization;

namespace Scraper.Benchmark;

/// <summary>
/// The lines that judge a report, shared by the terminal and markdown: each run's bound, the open model's latency
/// from the intended send and its queueing, and the comparison with a baseline. Plain text; callers escape it.
/// </summary>
public static class BenchVerdicts
{
    /// <summary>"async c=8: bound: latency waves 0.60 s; measured 0.63 s = 1.05×; useful concurrency 45.5".</summary>
    public static IEnumerable<string> Bounds(BenchReport report, string times = "×")
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var run in report.Runs.Where(run => run.Bound is not null))
        {
            var useful = run.UsefulConcurrency is { } u ? $"; useful concurrency {BenchFormat.Rate(u)}" : "";
            yield return $"{BenchFormat.Label(run)}: {BenchFormat.Bound(run, times)}{useful}";
        }
    }

    /// <summary>"async c=8 at 40.0 words/s: latency from the intended send p50/p90/p99/p99.9/max 310/…; queueing 0.0/…".</summary>
    public static IEnumerable<string> Arrivals(BenchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var run in report.Runs.Where(run => run.Arrival is not null))
        {
            var arrival = run.Arrival!;
            yield return $"{BenchFormat.Label(run)} at {BenchFormat.Rate(arrival.PerSecond)} words/s: latency from the intended send "
                + $"p50/p90/p99/p99.9/max {BenchFormat.Latencies(arrival.FromDueMs)} ms; of which queueing {BenchFormat.Latencies(arrival.QueueMs)} ms";
        }
    }

    /// <summary>"async c=8: 612 ms (600–630) against 640 ms (620–660) in 'before': 4.4% faster".</summary>
    public static IEnumerable<string> Comparison(BenchReport report, string dash = "–")
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Comparison is not { } comparison)
        {
            yield break;
        }

        foreach (var warning in comparison.Warnings)
        {
            yield return $"warning: {warning}";
        }

        foreach (var run in comparison.Runs)
        {
            var change = Math.Abs(run.Change).ToString("0.0%", CultureInfo.InvariantCulture);
            var verdict = run.Verdict == BaselineComparison.Same ? $"{run.Verdict} ({(run.Change >= 0 ? "+" : "-")}{change})" : $"{change} {run.Verdict}";
            var regression = run.Regression ? $"; a regression beyond {comparison.Threshold.ToString("0.#%", CultureInfo.InvariantCulture)}" : "";
            yield return $"{run.Run}: {Range(run.CurrentMs, dash)} ms against {Range(run.BaselineMs, dash)} ms in '{comparison.Baseline}': {verdict}{regression}";
        }
    }

    private static string Range(WallTimes wall, string dash) => wall.Min < wall.Max
        ? $"{BenchFormat.Ms(wall.Median)} ({BenchFormat.Ms(wall.Min)}{dash}{BenchFormat.Ms(wall.Max)})"
        : BenchFormat.Ms(wall.Median);
}
