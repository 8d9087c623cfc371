namespace Scraper.Benchmark;

/// <summary>
/// A run compared with a saved baseline, run by run. The range of a run's --repeat passes is its confidence interval
/// (n passes' range holds the true median with probability 1 − 2^(1−n): 75 % for 3, 94 % for 5); without a spread
/// on either side (--repeat 1) the threshold is the noise band.
/// </summary>
public sealed record BaselineComparison(string Baseline, DateTimeOffset SavedAt, double Threshold, IReadOnlyList<RunComparison> Runs, IReadOnlyList<string> Warnings)
{
    public const string Faster = "faster";
    public const string Slower = "slower";
    public const string Same = "the same within noise";

    /// <summary>A run was slower than the baseline by more than the threshold: exit 5.</summary>
    public bool Regression => Runs.Any(run => run.Regression);

    public static BaselineComparison Of(Baseline baseline, BenchReport current, BaselineOrigin origin, double threshold)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(origin);
        var warnings = new List<string>();
        void Differs(string what, string then, string now)
        {
            if (!string.Equals(then, now, StringComparison.Ordinal))
            {
                warnings.Add($"baseline '{baseline.Name}' was measured with another {what} ({then}; this run: {now}): the comparison is not like with like");
            }
        }

        Differs("machine", baseline.Origin.Machine, origin.Machine);
        Differs("word list", baseline.Origin.Words, origin.Words);
        Differs("site", baseline.Origin.Site, origin.Site);
        Differs("load model", Model(baseline.Report), Model(current));

        var runs = new List<RunComparison>();
        foreach (var run in current.Runs)
        {
            var then = baseline.Report.Runs.FirstOrDefault(r => r.Mode == run.Mode && r.Concurrency == run.Concurrency);
            if (then is null)
            {
                warnings.Add($"{BenchFormat.Label(run)} is not in baseline '{baseline.Name}': not compared");
                continue;
            }

            var change = Math.Round((run.WallMs.Median / Math.Max(then.WallMs.Median, 0.001)) - 1, 3, MidpointRounding.AwayFromZero);
            var verdict = Verdict(then, run, change, threshold);
            runs.Add(new RunComparison(BenchFormat.Label(run), then.WallMs, run.WallMs, change, verdict, verdict == Slower && change > threshold));
        }

        return new BaselineComparison(baseline.Name, baseline.SavedAt, threshold, runs, warnings);
    }

    private static string Model(BenchReport report) => report.ArrivalRate is { } rate
        ? $"open, --arrival-rate {rate.ToString(System.Globalization.CultureInfo.InvariantCulture)}"
        : "closed";

    private static string Verdict(BenchRun then, BenchRun now, double change, double threshold)
    {
        if (then.Repeat < 2 && now.Repeat < 2)
        {
            return Math.Abs(change) <= threshold ? Same : change < 0 ? Faster : Slower;
        }

        // A side without a spread is a point; intervals that overlap cannot tell the runs apart.
        var (thenLow, thenHigh) = then.Repeat < 2 ? (then.WallMs.Median, then.WallMs.Median) : (then.WallMs.Min, then.WallMs.Max);
        var (nowLow, nowHigh) = now.Repeat < 2 ? (now.WallMs.Median, now.WallMs.Median) : (now.WallMs.Min, now.WallMs.Max);
        return nowHigh < thenLow ? Faster : nowLow > thenHigh ? Slower : Same;
    }
}
