namespace Scraper.Benchmark;

/// <summary>What a bench ran against. <paramref name="LatencyMs"/> is null when unknown (a real site).</summary>
/// <param name="RequestsPerSecond">The request rate the run was held to (--rate, or the profile's off loopback); null: none.</param>
public sealed record BenchSettings(int Keywords, string Site, string BaseUrl, int? LatencyMs, double? RequestsPerSecond = null)
{
    /// <summary>The cores the machine has, for "CPU-bound".</summary>
    public int Cores { get; init; } = Environment.ProcessorCount;

    /// <summary>-n: the words each pass looked up, cycling the list; null: the list once.</summary>
    public int? Count { get; init; }

    /// <summary>--duration: how long each pass ran, cycling the list; null: the list once.</summary>
    public double? DurationMs { get; init; }

    /// <summary>--arrival-rate: async words a second on a fixed schedule (the open model); null: closed model.</summary>
    public double? ArrivalRate { get; init; }
}
