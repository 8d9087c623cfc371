using BenchmarkDotNet.Attributes;
using Scraper.Parsing;
using Scraper.Sites;

namespace Scraper.Benchmarks;

/// <summary>The hot path of a CPU-bound run: one page parsed into entries.</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private static readonly Uri PageUrl = new("https://www.macmillandictionary.com/dictionary/british/love");
    private readonly PageParser parser = new(SiteCatalog.Find("macmillan-uk")!);
    private string html = "";

    [GlobalSetup]
    public void Setup()
    {
        var path = Environment.GetEnvironmentVariable("SCRAPER_BENCH_PAGE") ?? Path.Combine(AppContext.BaseDirectory, "florp_1.html");
        html = File.ReadAllText(path);
    }

    [Benchmark]
    public int ParsePage() => parser.Parse(html, PageUrl).Entries.Count;
}
