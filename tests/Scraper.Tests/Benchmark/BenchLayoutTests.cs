using Scraper.Tests.Cli;
using Scraper.LocalSite;
using Scraper.Tests.Support;
using static Scraper.Tests.Cli.BatchFiles;

namespace Scraper.Tests.Benchmark;

/// <summary>A bench respects the user's time and screen: a small warm-up, the timings first, definitions only when short.</summary>
public sealed class BenchLayoutTests : IAsyncDisposable
{
    private readonly BatchWorkspace workspace = new();

    public ValueTask DisposeAsync() => workspace.DisposeAsync();

    [Fact]
    public async Task The_warm_up_looks_up_twice_the_highest_concurrency_not_the_whole_list()
    {
        // Arrange
        var site = await workspace.StartSiteAsync(new LocalSiteOptions());

        // Act
        var run = await CliRun.RunAsync(["bench", .. Words(40), "-c", "1,3", "--modes", "async", "--format", "json", "--base-url", workspace.BaseUrl]);

        // Assert: 2 × 3 warm-up requests, then 40 at c=1 and 40 at c=3, as the site counted them
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(6 + 40 + 40, site.GetStats().Requests);
    }

    [Fact]
    public async Task A_long_list_gets_its_timings_without_a_definitions_table_unless_asked()
    {
        await workspace.StartSiteAsync(new LocalSiteOptions());
        string[] args = ["bench", .. Words(21), "-c", "4", "--base-url", workspace.BaseUrl];

        var plain = await CliRun.RunAsync(args);
        var asked = await CliRun.RunAsync([.. args, "--definitions"]);

        Assert.True(plain.ExitCode == 0, plain.Error);
        Assert.DoesNotContain("Definitions", plain.Out, StringComparison.Ordinal);
        Assert.Contains("Runs", plain.Out, StringComparison.Ordinal);
        Assert.True(asked.Out.IndexOf("Runs", StringComparison.Ordinal) < asked.Out.IndexOf("Definitions", StringComparison.Ordinal), asked.Out);
    }

    [Fact]
    public async Task A_short_list_shows_its_definitions_after_the_timings()
    {
        var run = await CliRun.RunAsync(["bench", "--latency", "10", "-c", "4"]);

        Assert.True(run.ExitCode == 0, run.Error);
        var runs = run.Out.IndexOf("Runs", StringComparison.Ordinal);
        var definitions = run.Out.IndexOf("Definitions", StringComparison.Ordinal);
        Assert.InRange(runs, 0, definitions - 1);
    }
}
