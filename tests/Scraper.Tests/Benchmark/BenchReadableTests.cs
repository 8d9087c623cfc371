using Scraper.Tests.Cli;
using System.Xml.Linq;
using Scraper.Cli;
using Scraper.LocalSite;
using Scraper.Tests.Support;

namespace Scraper.Tests.Benchmark;

/// <summary>The bench report read without colour (a file, NO_COLOR): distinct characters, request starts, a time axis.</summary>
public sealed class BenchReadableTests : IAsyncDisposable
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private readonly BatchWorkspace workspace = new();

    public ValueTask DisposeAsync() => workspace.DisposeAsync();

    [Fact]
    public async Task The_timeline_in_a_file_marks_each_sync_request_start_and_has_a_time_axis_and_a_legend_of_distinct_characters()
    {
        await workspace.StartSiteAsync(new LocalSiteOptions { LatencyMs = 20 });

        var run = await CliRun.RunAsync("bench", "-c", "4", "--base-url", workspace.BaseUrl);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var lines = run.OutLines;
        var sync = Assert.Single(lines, l => l.StartsWith("sync ", StringComparison.Ordinal) && l.Contains('│'));
        Assert.Equal(13, sync.Count(c => c == '│'));
        Assert.Contains(lines, l => l.TrimStart().StartsWith('┬') && l.Count(c => c == '┬') >= 3);
        Assert.Contains(lines, l => l.TrimStart().StartsWith("0 ", StringComparison.Ordinal) && l.Contains(" ms", StringComparison.Ordinal));
        var legend = string.Join("  ", lines.SkipWhile(l => !l.Contains("a request starts", StringComparison.Ordinal)).Take(2)).Trim();
        var glyphs = legend.Split("  ", StringSplitOptions.RemoveEmptyEntries).Select(item => item.Trim()[0]).ToList();
        Assert.Equal(8, glyphs.Count);
        Assert.Equal(glyphs.Count, glyphs.Distinct().Count());
    }

    [Fact]
    public async Task The_sweep_svg_draws_every_run()
    {
        await workspace.StartSiteAsync(new LocalSiteOptions { LatencyMs = 20 });
        var path = workspace.PathOf("sweep.svg");

        var run = await CliRun.RunAsync("bench", "-c", "2,4,8", "--timeline", path, "--base-url", workspace.BaseUrl);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var texts = XDocument.Load(path).Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.All(new[] { "sync: ", "async c=2: ", "async c=4: ", "async c=8: " }, heading => Assert.Contains(texts, t => t.StartsWith(heading, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_duration_report_compares_rates_not_times()
    {
        await workspace.StartSiteAsync(new LocalSiteOptions { LatencyMs = 20 });

        var run = await CliRun.RunAsync("bench", "--duration", "1s", "--base-url", workspace.BaseUrl);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var headline = Assert.Single(run.OutLines, l => l.StartsWith("sync ", StringComparison.Ordinal) && l.Contains(" vs ", StringComparison.Ordinal));
        Assert.Matches(@"^sync [\d.,]+ pages/s vs async [\d.,]+ pages/s → [\d.,]+× the rate$", headline);
    }
}
