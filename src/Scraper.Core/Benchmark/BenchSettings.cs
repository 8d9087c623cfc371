namespace Scraper.Benchmark;

/// <summary>What a bench ran against. <paramref name="LatencyMs"/> is null when unknown (a real site).</summary>
public sealed record BenchSettings(int Keywords, string Site, string BaseUrl, int? LatencyMs);
