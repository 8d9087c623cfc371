using System.Globalization;

namespace Scraper.Benchmark;

/// <summary>The report's figures as people read them, shared by the terminal and markdown renderers. Invariant culture.</summary>
public static class BenchFormat
{
    /// <summary>"3,912" for whole-millisecond scales, "0.4" below 10 ms where the decimal still says something.</summary>
    public static string Ms(double ms) =>
        ms.ToString(Math.Abs(ms) < 10 ? "0.0" : "#,0", CultureInfo.InvariantCulture);

    /// <summary>"3,912 (3,900–3,950)": the median with the range of the passes when there were several.</summary>
    public static string Wall(BenchRun run, string dash = "–")
    {
        ArgumentNullException.ThrowIfNull(run);
        var median = Ms(run.WallMs.Median);
        return run.Repeat > 1 ? $"{median} ({Ms(run.WallMs.Min)}{dash}{Ms(run.WallMs.Max)})" : median;
    }

    public static string Latencies(LatencyPercentiles latency)
    {
        ArgumentNullException.ThrowIfNull(latency);
        return $"{Ms(latency.P50)}/{Ms(latency.P90)}/{Ms(latency.P99)}/{Ms(latency.P999)}/{Ms(latency.Max)}";
    }

    public static string Rate(double perSecond) => perSecond.ToString("#,0.0", CultureInfo.InvariantCulture);

    /// <summary>"6.5" for a speedup of 6.51.</summary>
    public static string Times(double ratio) => ratio.ToString("#,0.0", CultureInfo.InvariantCulture);

    /// <summary>"95%" for an efficiency of 0.95.</summary>
    public static string Percent(double ratio) => ratio.ToString("0%", CultureInfo.InvariantCulture);

    /// <summary>"200: 13, none: 2".</summary>
    public static string Statuses(IReadOnlyDictionary<string, int> statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        return string.Join(", ", statuses.Select(pair => $"{pair.Key}: {pair.Value.ToString(CultureInfo.InvariantCulture)}"));
    }

    /// <summary>Binary units: "512 B", "19.5 KiB", "2.4 MiB".</summary>
    public static string Bytes(long bytes)
    {
        string[] units = ["B", "KiB", "MiB", "GiB", "TiB"];
        double value = bytes;
        var unit = 0;
        while (Math.Abs(value) >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return unit == 0
            ? $"{bytes.ToString(CultureInfo.InvariantCulture)} B"
            : $"{value.ToString("0.0", CultureInfo.InvariantCulture)} {units[unit]}";
    }

    /// <summary>"sync", "async c=8".</summary>
    public static string Label(BenchRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.Mode == BenchMode.Sync ? "sync" : $"{run.Mode.ToString().ToLowerInvariant()} c={run.Concurrency.ToString("#,0", CultureInfo.InvariantCulture)}";
    }

    /// <summary>"bound: latency waves 1.20 s; measured 1.31 s = 1.09×"; null when the run has no bound.</summary>
    public static string? Bound(BenchRun run, string times = "×")
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Bound is not { } bound)
        {
            return null;
        }

        var ratio = bound.Ratio is { } r ? $" = {r.ToString("0.00", CultureInfo.InvariantCulture)}{times}" : "";
        return $"bound: {BoundName(bound.Kind)} {Seconds(bound.Ms)}; measured {Seconds(run.WallMs.Median)}{ratio}";
    }

    /// <summary>"latency waves", "request rate", "CPU", "bandwidth", "start-up".</summary>
    public static string BoundName(BoundKind kind) => kind switch
    {
        BoundKind.Latency => "latency waves",
        BoundKind.Rate => "request rate",
        BoundKind.Cpu => "CPU",
        BoundKind.Bandwidth => "bandwidth",
        _ => "start-up",
    };

    /// <summary>"1.20 s" from 1,200 ms; "45.3 ms" below a tenth of a second, where seconds would read 0.05.</summary>
    public static string Seconds(double ms) => ms >= 100
        ? $"{(ms / 1000).ToString("#,0.00", CultureInfo.InvariantCulture)} s"
        : $"{ms.ToString("0.0", CultureInfo.InvariantCulture)} ms";
}
