using Scraper.Benchmark;

namespace Scraper.Tests.Benchmark;

/// <summary>Known passes for the report tests.</summary>
internal static class BenchSamples
{
    public static BenchSettings Local(int keywords = 13, int? latencyMs = 300) =>
        new(keywords, "macmillan", "http://127.0.0.1:41234", latencyMs);

    public static PassSample Pass(BenchMode mode, int concurrency, double wallMs, int pages = 13, double latencyMs = 300) =>
        new(mode, concurrency, wallMs, Enumerable.Range(0, pages).Select(_ => new PageSample(latencyMs, 200, 1, 1000)).ToList());
}
