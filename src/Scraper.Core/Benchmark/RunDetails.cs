namespace Scraper.Benchmark;

/// <summary>Where a run's time went: phase percentiles, connections, a latency histogram and CPU use.</summary>
internal static class RunDetails
{
    private const int Buckets = 10;

    public static BenchRun Add(BenchRun run, IReadOnlyList<PassSample> passes)
    {
        var timings = passes.SelectMany(pass => pass.Pages).SelectMany(page => page.Timings).ToList();
        var cpu = Stats.Median(passes.Select(pass => pass.CpuMs));
        return run with
        {
            PhasesMs = timings.Count == 0 ? null : new PhasePercentiles(
                Percentiles(timings.Select(t => t.Fetch.SlotWaitMs)),
                Percentiles(timings.Select(t => t.Fetch.PoliteWaitMs)),
                Percentiles(timings.Select(t => t.Fetch.ConnectMs)),
                Percentiles(timings.Select(t => t.Fetch.FirstByteMs)),
                Percentiles(timings.Select(t => t.Fetch.BodyMs)),
                Percentiles(timings.Select(t => t.Fetch.RetryWaitMs)),
                Percentiles(timings.Select(t => t.ParseMs))),
            Connections = new ConnectionCounts(timings.Count(t => t.Fetch.NewConnection), timings.Count(t => !t.Fetch.NewConnection)),
            Histogram = Histogram([.. passes.SelectMany(pass => pass.Pages).Select(page => page.LatencyMs)]),
            CpuMs = Stats.RoundMs(cpu),
            CoresBusy = Stats.RoundRatio(Stats.Ratio(cpu, run.WallMs.Median)) ?? 0,
        };
    }

    public static LatencyPercentiles Percentiles(IEnumerable<double> values) => LatencyPercentiles.Of(values);

    // Exact: counted from every value, not from a sketch; equal widths, so a bimodal run shows both humps.
    internal static List<HistogramBucket> Histogram(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return [];
        }

        var min = values.Min();
        var max = values.Max();
        var buckets = max > min ? Buckets : 1;
        var width = (max - min) / buckets;
        var counts = new int[buckets];
        foreach (var value in values)
        {
            var index = width > 0 ? (int)Math.Ceiling((value - min) / width) - 1 : 0;
            counts[Math.Clamp(index, 0, buckets - 1)]++;
        }

        return [.. counts.Select((count, i) => new HistogramBucket(Stats.RoundMs(min + (i * width)), Stats.RoundMs(i == buckets - 1 ? max : min + ((i + 1) * width)), count))];
    }
}
