namespace Scraper.Benchmark;

/// <summary>
/// The classic picture of sync against async, from real measurements: the last counted pass of every run (sync
/// first, then each mode and concurrency in the report's order), every request a bar on one time axis, one row per
/// request slot.
/// </summary>
public static class Timeline
{
    // Two requests whose times touch within this much are not overlapping: clocks read a few ticks apart.
    private const double Touching = 0.05;

    public static IReadOnlyList<TimelinePass> From(BenchReport report, IReadOnlyList<PassSample> passes)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(passes);
        var chosen = new List<TimelinePass>();
        if (passes.LastOrDefault(p => p.Mode == BenchMode.Sync) is { } sync)
        {
            chosen.Add(Pass(sync, null));
        }

        foreach (var run in report.Runs.Where(r => r.Mode != BenchMode.Sync))
        {
            if (passes.LastOrDefault(p => p.Mode == run.Mode && p.Concurrency == run.Concurrency) is { } last)
            {
                chosen.Add(Pass(last, run.Mode == BenchMode.Async ? SpeedupOf(report, run.Concurrency) : null));
            }
        }

        return chosen;
    }

    // A sweep has a speedup per concurrency; a single async run has the report's.
    private static double? SpeedupOf(BenchReport report, int concurrency) =>
        report.Sweep.Count > 0 ? report.Sweep.FirstOrDefault(p => p.Concurrency == concurrency)?.Speedup : report.Speedup;

    public static TimelinePass Pass(PassSample pass, double? speedup)
    {
        ArgumentNullException.ThrowIfNull(pass);
        var bars = pass.Pages
            .SelectMany(word => word.Timings.Select(timing => Bar(pass, word.Keyword, timing)))
            .OrderBy(bar => bar.StartMs)
            .ToList();
        return new TimelinePass(pass.Mode, pass.Concurrency, pass.WallMs, speedup, Lanes(bars));
    }

    private static TimelineBar Bar(PassSample pass, string word, Results.PageTiming timing)
    {
        var phases = timing.Fetch;
        var at = BenchRawCsv.OffsetMs(pass.Started, phases.Started) + phases.SlotWaitMs;
        var segments = new List<TimelineSegment>();
        void Add(TimelinePhase phase, double ms)
        {
            segments.Add(new TimelineSegment(phase, at, at + ms));
            at += ms;
        }

        var start = at;
        Add(TimelinePhase.Polite, phases.PoliteWaitMs);
        Add(TimelinePhase.Connect, phases.ConnectMs);
        Add(TimelinePhase.FirstByte, phases.FirstByteMs);
        Add(TimelinePhase.Body, phases.BodyMs);
        Add(TimelinePhase.RetryWait, phases.RetryWaitMs);
        Add(TimelinePhase.Parse, timing.ParseMs);
        return new TimelineBar(word, start, phases.SlotWaitMs, segments);
    }

    // Greedy interval partitioning by start time: each bar goes to the row that has been free longest, so there are
    // as many rows as requests were ever in flight together (at most the concurrency).
    private static List<IReadOnlyList<TimelineBar>> Lanes(List<TimelineBar> bars)
    {
        var lanes = new List<List<TimelineBar>>();
        foreach (var bar in bars)
        {
            var free = lanes.Where(lane => SlotEnd(lane[^1]) <= bar.StartMs + Touching).MinBy(lane => SlotEnd(lane[^1]));
            if (free is null)
            {
                free = [];
                lanes.Add(free);
            }

            free.Add(bar);
        }

        return [.. lanes];
    }

    // A slot is held from the start of the request to the end of its body (or its retry waits); parsing is after.
    private static double SlotEnd(TimelineBar bar) =>
        bar.Segments.Where(s => s.Phase != TimelinePhase.Parse).Select(s => s.ToMs).DefaultIfEmpty(bar.StartMs).Max();
}
