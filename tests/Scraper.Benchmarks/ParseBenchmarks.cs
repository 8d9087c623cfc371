using BenchmarkDotNet.Attributes;
using Scraper.Parsing;
using Scraper.Sites;

namespace Scraper.Benchmarks;

/// <summary>The hot path of a CPU-bound run: one page parsed into entries.</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private const string ContentType = "text/html; charset=utf-8";
    private static readonly Uri PageUrl = new("https://www.macmillandictionary.com/dictionary/british/love");
    private readonly PageParser parser = new(SiteCatalog.Find("macmillan-uk")!);
    private byte[] bytes = [];

    [GlobalSetup]
    public void Setup()
    {
        var path = Environment.GetEnvironmentVariable("SCRAPER_BENCH_PAGE") ?? Path.Combine(AppContext.BaseDirectory, "florp_1.html");
        bytes = File.ReadAllBytes(path);
    }

    /// <summary>What a fetched page costs: its bytes and Content-Type handed to AngleSharp (the parser's only entry).</summary>
    [Benchmark(Baseline = true)]
    public int ParsePageBytes() => parser.Parse(bytes, ContentType, PageUrl).Entries.Count;

    /// <summary>A page whose Content-Type names no charset: AngleSharp reads the stream, looking for a BOM and a &lt;meta&gt;.</summary>
    [Benchmark]
    public int ParsePageBytesSniffed() => parser.Parse(bytes, "text/html", PageUrl).Entries.Count;
}
