using Scraper.Tests.Cli;
using System.Xml.Linq;
using Scraper.LocalSite;
using Scraper.Tests.Support;
using static Scraper.Tests.Cli.BatchFiles;

namespace Scraper.Tests.Benchmark;

/// <summary>`bench --timeline PATH.svg`: well-formed SVG, one bar per request of the sync and async passes, in rows of slots.</summary>
public sealed class BenchTimelineTests : IAsyncDisposable
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private readonly BatchWorkspace workspace = new();

    public ValueTask DisposeAsync() => workspace.DisposeAsync();

    [Fact]
    public async Task The_svg_is_well_formed_xml_with_one_bar_per_request_and_no_more_rows_than_slots()
    {
        // Arrange: words whose text needs escaping in XML as well
        await workspace.StartSiteAsync(new LocalSiteOptions { LatencyMs = 20 });
        var path = workspace.PathOf("timeline.svg");
        string[] words = [.. Words(9), "fish & chips", "<b>"];

        // Act
        var run = await CliRun.RunAsync(["bench", .. words, "-c", "3", "--timeline", path, "--base-url", workspace.BaseUrl]);

        // Assert: 11 words are sent ("<b>" as the slug "b"), once by sync and once by async
        Assert.True(run.ExitCode is 0 or 1, run.Error);
        var svg = XDocument.Load(path);
        Assert.Equal(Svg + "svg", svg.Root!.Name);
        var bars = svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "request").ToList();
        Assert.Equal(22, bars.Count);
        Assert.All(bars, bar => Assert.NotEmpty(bar.Elements(Svg + "rect")));
        Assert.Contains(bars, bar => bar.Element(Svg + "title")!.Value.StartsWith("fish & chips:", StringComparison.Ordinal));
        Assert.Contains(bars, bar => bar.Element(Svg + "title")!.Value.StartsWith("<b>:", StringComparison.Ordinal));
        var texts = svg.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains(texts, t => t.StartsWith("sync: ", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("async c=3: ", StringComparison.Ordinal) && t.Contains("than sync", StringComparison.Ordinal));
        Assert.Equal(1 + 3, texts.Count(t => t.StartsWith("slot ", StringComparison.Ordinal)));
        Assert.Contains(texts, t => t == "waiting for the first byte");
    }
}
