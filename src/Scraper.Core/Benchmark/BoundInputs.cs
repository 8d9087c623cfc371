namespace Scraper.Benchmark;

/// <summary>
/// What a run measured that bounds its time: pages per pass N, the fastest page's latency L (ms), the CPU of a pass
/// (ms, so t = CPU / N), the cores k, the host's rate r (requests a second; null: none), the bytes of a pass, the
/// fastest body read rate (bytes a millisecond; null: not measured), the connect time of a new connection (0: none
/// opened) and the median page latency (ms, for Little's law).
/// </summary>
public sealed record BoundInputs(
    int Pages,
    double LatencyMs,
    double CpuMs,
    int Cores,
    double? RequestsPerSecond,
    long Bytes,
    double? BytesPerMs,
    double ConnectMs,
    double MedianLatencyMs)
{
    /// <summary>What holds requests to <see cref="RequestsPerSecond"/>: "the host's rate" or "the --arrival-rate schedule".</summary>
    public string RateSource { get; init; } = "the host's rate";

    /// <summary>t: CPU milliseconds per page.</summary>
    public double CpuPerPageMs => Pages > 0 ? CpuMs / Pages : 0;
}
