namespace Scraper.Benchmark;

/// <summary>The open model's figures of a run, from the pages' own clocks and the schedule they were due on.</summary>
internal static class OpenModel
{
    /// <summary>Null for a run that was not on a schedule (sync and threads passes never are).</summary>
    public static ArrivalFigures? Figures(BenchSettings settings, BenchRun run, IReadOnlyList<PassSample> passes)
    {
        if (settings.ArrivalRate is not { } rate || run.Mode != BenchMode.Async)
        {
            return null;
        }

        var fromDue = new List<double>();
        var queue = new List<double>();
        foreach (var pass in passes)
        {
            for (var i = 0; i < pass.Pages.Count; i++)
            {
                var timings = pass.Pages[i].Timings;
                if (timings.Count == 0)
                {
                    continue;
                }

                var due = ArrivalSchedule.DueMs(rate, i);
                var first = timings[0].Fetch;
                var sent = BenchRawCsv.OffsetMs(pass.Started, first.Started) + first.SlotWaitMs + first.PoliteWaitMs;
                var end = BenchRawCsv.OffsetMs(pass.Started, timings[^1].Fetch.Started) + timings[^1].TotalMs;
                fromDue.Add(Math.Max(0, end - due));
                queue.Add(Math.Max(0, sent - due));
            }
        }

        return new ArrivalFigures(rate, LatencyPercentiles.Of(fromDue), LatencyPercentiles.Of(queue));
    }
}
