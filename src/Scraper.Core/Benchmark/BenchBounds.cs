using System.Globalization;

namespace Scraper.Benchmark;

/// <summary>
/// The lower bounds a run cannot beat, from what the run itself measured: latency waves ceil(N / c) · L, the host's
/// rate (N − 1) / r, the CPU N · t / k, the bandwidth, and start-up (a connection, then one page). The largest binds;
/// the run's median wall time over it says how close the run came. Little's law gives the useful concurrency.
/// </summary>
public static class BenchBounds
{
    /// <summary>What the passes of a run measured that bounds its time.</summary>
    public static BoundInputs Measure(BenchSettings settings, BenchRun run, IReadOnlyList<PassSample> passes)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(passes);
        var timings = passes.SelectMany(pass => pass.Pages).SelectMany(page => page.Timings).Where(t => t.Status is not null).ToList();
        var pageMs = timings.Count > 0
            ? timings.Select(t => t.Fetch.ConnectMs + t.Fetch.FirstByteMs + t.Fetch.BodyMs).ToList()
            : passes.SelectMany(pass => pass.Pages).Where(page => page.HttpStatus is not null).Select(page => page.LatencyMs).ToList();
        var readRates = timings.Where(t => t.Fetch.BodyMs > 0 && t.Bytes > 0).Select(t => t.Bytes / t.Fetch.BodyMs).ToList();
        var connects = timings.Where(t => t.Fetch.NewConnection).Select(t => t.Fetch.ConnectMs).ToList();
        var rate = HeldRate(settings, run.Mode);
        return new BoundInputs(
            run.Pages,
            pageMs.Count > 0 ? pageMs.Min() : 0,
            Stats.Median(passes.Select(pass => pass.CpuMs)),
            Math.Max(1, settings.Cores),
            rate,
            run.Bytes / Math.Max(1, run.Repeat),
            readRates.Count > 0 ? readRates.Max() : null,
            connects.Count > 0 ? connects.Min() : 0,
            pageMs.Count > 0 ? Stats.Median(pageMs) : 0)
        {
            RateSource = rate is not null && rate == settings.ArrivalRate && run.Mode == BenchMode.Async ? "the --arrival-rate schedule" : "the host's rate",
        };
    }

    /// <summary>Every bound that applies at <paramref name="concurrency"/>, in the order of <see cref="BoundKind"/>.</summary>
    public static IReadOnlyList<BoundFloor> Floors(BoundInputs inputs, int concurrency)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var c = Math.Max(1, concurrency);
        var waves = (inputs.Pages + c - 1) / c;
        var floors = new List<BoundFloor>
        {
            new(BoundKind.Latency, waves * inputs.LatencyMs, $"ceil({Count(inputs.Pages)} / {Count(c)}) = {Count(waves)} waves × {BenchFormat.Ms(inputs.LatencyMs)} ms (the fastest page)"),
        };
        if (inputs.RequestsPerSecond is { } rate)
        {
            floors.Add(new(BoundKind.Rate, Math.Max(0, inputs.Pages - 1) * 1000 / rate, $"{Count(Math.Max(0, inputs.Pages - 1))} gaps at {BenchFormat.Rate(rate)} requests/s ({inputs.RateSource})"));
        }

        floors.Add(new(BoundKind.Cpu, inputs.CpuMs / inputs.Cores, $"{Count(inputs.Pages)} pages × {Precise(inputs.CpuPerPageMs)} ms CPU / {Count(inputs.Cores)} cores"));
        if (inputs.BytesPerMs is { } perMs)
        {
            floors.Add(new(BoundKind.Bandwidth, inputs.Bytes / perMs, $"{BenchFormat.Bytes(inputs.Bytes)} at {BenchFormat.Bytes((long)(perMs * 1000))}/s (the fastest body read)"));
        }

        if (inputs.ConnectMs > 0)
        {
            floors.Add(new(BoundKind.Start, inputs.ConnectMs + inputs.LatencyMs, $"a connection {BenchFormat.Ms(inputs.ConnectMs)} ms, then one page {BenchFormat.Ms(inputs.LatencyMs)} ms"));
        }

        return floors;
    }

    /// <summary>The largest bound (the first on a tie) with <paramref name="wallMs"/> over it; null without bounds.</summary>
    public static RunBound? Binding(IReadOnlyList<BoundFloor> floors, double wallMs)
    {
        ArgumentNullException.ThrowIfNull(floors);
        var top = floors.Count == 0 ? null : floors.Aggregate((best, floor) => floor.Ms > best.Ms ? floor : best);
        return top is null ? null : new RunBound(top.Kind, Stats.RoundMs(top.Ms), Stats.RoundRatio(Stats.Ratio(wallMs, top.Ms)));
    }

    /// <summary>
    /// Little's law: the most pages a second the rate, the CPU and the bandwidth allow, times the median page's
    /// latency: requests in flight beyond it only wait. Null when nothing caps the throughput.
    /// </summary>
    public static double? UsefulConcurrency(BoundInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return Throughput(inputs) is { } perMs ? Math.Round(perMs * inputs.MedianLatencyMs, 1, MidpointRounding.AwayFromZero) : null;
    }

    /// <summary>Pages a millisecond that the tightest of rate, CPU and bandwidth allows; null when none is known.</summary>
    public static double? Throughput(BoundInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var caps = new List<double>();
        if (inputs.RequestsPerSecond is { } rate)
        {
            caps.Add(rate / 1000);
        }

        if (inputs.CpuPerPageMs > 0)
        {
            caps.Add(inputs.Cores / inputs.CpuPerPageMs);
        }

        if (inputs.BytesPerMs is { } perMs && inputs.Bytes > 0 && inputs.Pages > 0)
        {
            caps.Add(perMs / ((double)inputs.Bytes / inputs.Pages));
        }

        return caps.Count > 0 ? caps.Min() : null;
    }

    // The host's rate, and for an async pass the --arrival-rate schedule too: the slower of them spaces the requests.
    private static double? HeldRate(BenchSettings settings, BenchMode mode)
    {
        double?[] rates = [settings.RequestsPerSecond, mode == BenchMode.Async ? settings.ArrivalRate : null];
        var held = rates.Where(rate => rate is > 0).Select(rate => rate!.Value).ToList();
        return held.Count > 0 ? held.Min() : null;
    }

    private static string Count(int value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Precise(double ms) => ms.ToString(ms < 10 ? "0.00" : "#,0.0", CultureInfo.InvariantCulture);
}
