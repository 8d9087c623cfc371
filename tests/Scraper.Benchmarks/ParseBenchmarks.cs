using System.Text;
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
    private string html = "";
    private byte[] bytes = [];

    [GlobalSetup]
    public void Setup()
    {
        var path = Environment.GetEnvironmentVariable("SCRAPER_BENCH_PAGE") ?? Path.Combine(AppContext.BaseDirectory, "florp_1.html");
        bytes = File.ReadAllBytes(path);
        html = Encoding.UTF8.GetString(bytes);
    }

    /// <summary>A page already in a string (what the parser's tests hand it).</summary>
    [Benchmark]
    public int ParsePage() => parser.Parse(html, PageUrl).Entries.Count;

    /// <summary>What a fetched page cost before the parser decoded it: the bytes decoded as UTF-8 by hand, then parsed.</summary>
    [Benchmark(Baseline = true)]
    public int DecodeThenParsePage() => parser.Parse(Encoding.UTF8.GetString(bytes), PageUrl).Entries.Count;

    /// <summary>What a fetched page costs now: its bytes and Content-Type handed to AngleSharp.</summary>
    [Benchmark]
    public int ParsePageBytes() => parser.Parse(bytes, ContentType, PageUrl).Entries.Count;

    /// <summary>A page whose Content-Type names no charset: AngleSharp reads the stream, looking for a BOM and a &lt;meta&gt;.</summary>
    [Benchmark]
    public int ParsePageBytesSniffed() => parser.Parse(bytes, "text/html", PageUrl).Entries.Count;
}
