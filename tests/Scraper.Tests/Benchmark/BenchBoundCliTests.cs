using Scraper.Tests.Cli;
using System.Text.Json;
using Scraper.LocalSite;
using Scraper.Tests.Support;
using static Scraper.Tests.Cli.BatchFiles;

namespace Scraper.Tests.Benchmark;

/// <summary>`bench` names the bound that binds each run, in the JSON and in the markdown the README runs.</summary>
public sealed class BenchBoundCliTests : IAsyncDisposable
{
    private readonly BatchWorkspace workspace = new();

    public ValueTask DisposeAsync() => workspace.DisposeAsync();

    [Fact]
    public async Task A_crawl_delay_in_robots_txt_is_the_rate_bound_of_n_minus_one_gaps()
    {
        // Arrange: a site without added latency whose robots.txt asks for one request every 100 ms
        await workspace.StartSiteAsync(new LocalSiteOptions { LatencyMs = 0, RobotsTxt = "User-agent: *\nCrawl-delay: 0.1\n" });

        // Act
        var run = await CliRun.RunAsync(["bench", .. Words(4), "-c", "2", "--modes", "async", "--format", "json", "--base-url", workspace.BaseUrl]);

        // Assert: 3 gaps of 100 ms bound the pass, whatever the concurrency
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var async = json.RootElement.GetProperty("runs")[0];
        var bound = async.GetProperty("bound");
        Assert.Equal("rate", bound.GetProperty("kind").GetString());
        Assert.Equal(300, bound.GetProperty("ms").GetDouble());
        Assert.True(bound.GetProperty("ratio").GetDouble() >= 0.95, run.Out);
        Assert.True(async.GetProperty("usefulConcurrency").GetDouble() < 2, run.Out);
    }

    [Fact]
    public async Task The_markdown_report_says_which_bound_binds_and_the_ratio()
    {
        // Arrange
        await workspace.StartSiteAsync(new LocalSiteOptions { LatencyMs = 50 });

        // Act
        var run = await CliRun.RunAsync(["bench", .. Words(6), "-c", "3", "--format", "markdown", "--base-url", workspace.BaseUrl]);

        // Assert: two waves of at least 50 ms each
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"\nbound: latency waves 0\.1\d s; measured \d+\.\d\d s = \d+\.\d\d× \(async c=3\)\n", run.Out);
        Assert.Contains("## Bounds", run.Out, StringComparison.Ordinal);
    }
}
