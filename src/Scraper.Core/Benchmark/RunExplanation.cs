using System.Globalization;

namespace Scraper.Benchmark;

/// <summary>
/// One plain sentence per run saying what bounded its time, checked in this order: the rate limit, the CPU (cores
/// busy, or a known latency answered far slower than it should),
/// the concurrency (half the pages waited for a slot at least half as long as for the server), else the latency of the server.
/// </summary>
internal static class RunExplanation
{
    /// <summary>A share of the floor or of the cores that counts as "bound by it".</summary>
    private const double Bound = 0.8;

    public static string For(BenchSettings settings, BenchRun run, int cores)
    {
        var phases = run.PhasesMs;
        var busy = $"the CPU kept {Number(run.CoresBusy)} of {cores.ToString(CultureInfo.InvariantCulture)} cores busy";
        if (settings.RequestsPerSecond is { } rate && run.WallMs.Median >= Bound * 1000 * Math.Max(0, run.Pages - 1) / rate)
        {
            return $"Rate-bound: the limit of {BenchFormat.Rate(rate)} requests a second spaces the requests, so more concurrency cannot help ({busy}).";
        }

        if (run.CoresBusy >= Bound * cores)
        {
            return $"CPU-bound: {busy} (client and, in-process, the embedded site), so more concurrency only queues work for the CPU.";
        }

        // The embedded site adds a known latency: answers much slower than it queued somewhere. "CPU-bound" only
        // when the cores were busy (above); with idle cores the queue was elsewhere (the site's accept queue, other
        // processes' turns), and the sentence says what was measured without naming a cause it did not see.
        if (settings.LatencyMs is { } latency && phases is not null && phases.FirstByte.P50 > (2 * latency) + 2)
        {
            return $"Slow answers: the site took {BenchFormat.Ms(phases.FirstByte.P50)} ms (median) to answer with {latency.ToString(CultureInfo.InvariantCulture)} ms of added latency, so requests queued before being served; {busy}, so not this process's CPU (other processes may share the machine).";
        }

        if (run.Mode != BenchMode.Sync && phases is not null && phases.SlotWait.P50 > 0 && phases.SlotWait.P50 >= phases.FirstByte.P50 / 2 && run.Concurrency < settings.Keywords)
        {
            return $"Limited by the concurrency: half the pages waited {BenchFormat.Ms(phases.SlotWait.P50)} ms or more for a free slot, at least half as long as for the server's answer; a higher -c would overlap more of the waiting ({busy}).";
        }

        var wait = phases is null ? "" : $" (first byte p50 {BenchFormat.Ms(phases.FirstByte.P50)} ms)";
        return run.Mode == BenchMode.Sync
            ? $"Latency-bound: one page at a time, so the wall time is the sum of the server's answers{wait}; {busy}."
            : $"Latency-bound: the time goes to waiting for the server{wait}, overlapped {run.Concurrency.ToString(CultureInfo.InvariantCulture)} at a time; {busy}.";
    }

    private static string Number(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
