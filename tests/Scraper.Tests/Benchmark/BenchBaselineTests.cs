using Scraper.Tests.Cli;
using System.Text.Json;
using Scraper.Benchmark;
using Scraper.Cli.Remembered;
using Scraper.LocalSite;
using Scraper.Tests.Support;
using static Scraper.Tests.Cli.BatchFiles;

namespace Scraper.Tests.Benchmark;

/// <summary>`bench --save NAME` and `--compare NAME`: baselines under the data folder, the verdicts, exit 5 and exit 2.</summary>
public sealed class BenchBaselineTests : IAsyncDisposable
{
    private readonly BatchWorkspace workspace = new();
    private readonly TempDirectory data = new();

    public async ValueTask DisposeAsync()
    {
        await workspace.DisposeAsync();
        data.Dispose();
    }

    [Fact]
    public async Task A_saved_run_is_compared_with_the_next_one_of_the_same_words_and_site_without_a_warning()
    {
        // Arrange
        await workspace.StartSiteAsync(new LocalSiteOptions { LatencyMs = 20 });
        var saved = await BenchAsync("--save", "before");

        // Act
        var compared = await BenchAsync("--compare", "before", "--format", "json");

        // Assert
        Assert.Equal(0, saved.ExitCode);
        Assert.True(File.Exists(Path.Combine(data.Path, "scraper", "baselines", "before.json")), saved.Error);
        Assert.Equal(0, compared.ExitCode);
        using var json = JsonDocument.Parse(compared.Out);
        var comparison = json.RootElement.GetProperty("comparison");
        Assert.Equal("before", comparison.GetProperty("baseline").GetString());
        Assert.Equal(0, comparison.GetProperty("warnings").GetArrayLength());
        Assert.Equal(["sync", "async c=2"], comparison.GetProperty("runs").EnumerateArray().Select(r => r.GetProperty("run").GetString()));
        Assert.All(comparison.GetProperty("runs").EnumerateArray(), r => Assert.Contains(r.GetProperty("verdict").GetString(), new[] { "faster", "slower", "the same within noise" }));
    }

    [Fact]
    public async Task A_run_slower_than_its_baseline_beyond_the_threshold_exits_5_and_says_so()
    {
        // Arrange: a saved run made ten times faster than it was
        await workspace.StartSiteAsync(new LocalSiteOptions { LatencyMs = 20 });
        Assert.Equal(0, (await BenchAsync("--save", "fast")).ExitCode);
        var store = new BaselineStore(Path.Combine(data.Path, "scraper", "baselines"));
        var fast = store.Load("fast")!;
        store.Save(fast with { Report = fast.Report with { Runs = [.. fast.Report.Runs.Select(r => r with { WallMs = new WallTimes(r.WallMs.Min / 10, r.WallMs.Median / 10, r.WallMs.Max / 10) })] } });

        // Act
        var run = await BenchAsync("--compare", "fast", "--regression", "50", "--format", "markdown");

        // Assert
        Assert.Equal(5, run.ExitCode);
        Assert.Contains("## Compared with baseline 'fast'", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"- async c=2: [\d,]+ ms against [\d.,]+ ms in 'fast': [\d.]+% slower; a regression beyond 50%", run.Out);
        Assert.Contains(run.ErrorLines, line => line.Contains("Slower than baseline 'fast' by more than 50%: exit 5", StringComparison.Ordinal));
        Assert.DoesNotContain("warning:", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--save", "../escape")]
    [InlineData("--compare", "a/b")]
    [InlineData("--compare", "nothing-saved")]
    public async Task A_bad_or_missing_baseline_name_is_exit_2_with_one_line_and_nothing_fetched(string option, string name)
    {
        await workspace.StartSiteAsync(new LocalSiteOptions { LatencyMs = 0 });

        var run = await BenchAsync(option, name);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(name, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, workspace.Site.GetStats().Requests);
        Assert.False(Directory.Exists(Path.Combine(data.Path, "scraper", "baselines", "..", "escape")));
    }

    private Task<CliRun> BenchAsync(params string[] options) =>
        CliRun.RunAsync("", console => console with { Folders = new UserFolders(null, Path.Combine(data.Path, "scraper", "history.jsonl")) },
            ["bench", .. Words(4), "-c", "2", "--base-url", workspace.BaseUrl, .. options]);
}
