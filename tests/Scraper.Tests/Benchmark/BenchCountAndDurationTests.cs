using Scraper.Tests.Cli;
using System.Text.Json;
using Scraper.LocalSite;
using Scraper.Tests.Support;

namespace Scraper.Tests.Benchmark;

/// <summary>`bench -n N` cycles the list to N words a pass; `bench --duration TIME` cycles it for a time. Both are in the JSON.</summary>
public sealed class BenchCountAndDurationTests : IAsyncDisposable
{
    private readonly BatchWorkspace workspace = new();

    public ValueTask DisposeAsync() => workspace.DisposeAsync();

    [Fact]
    public async Task Minus_n_looks_up_n_words_a_pass_cycling_the_list()
    {
        // Arrange
        var site = await workspace.StartSiteAsync(new LocalSiteOptions { LatencyMs = 5 });

        // Act
        var run = await CliRun.RunAsync(["bench", "hi", "apple", "bye", "-n", "30", "-c", "2", "--format", "json", "--base-url", workspace.BaseUrl]);

        // Assert: 4 warm-up words, then 30 by sync and 30 by async, as the site counted them
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(30, json.RootElement.GetProperty("count").GetInt32());
        Assert.Equal(30, json.RootElement.GetProperty("keywords").GetInt32());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("durationMs").ValueKind);
        Assert.All(json.RootElement.GetProperty("runs").EnumerateArray(), r => Assert.Equal(30, r.GetProperty("pages").GetInt32()));
        Assert.Equal(4 + 30 + 30, site.GetStats().Requests);
        // hi is words 1 and 4 of the warm-up and every third word of each pass: 2 + 10 + 10.
        Assert.Equal(22, site.GetStats().AttemptsByPath["/us/dictionary/american/hi"]);
        Assert.True(json.RootElement.GetProperty("identicalEntries").GetBoolean());
    }

    [Fact]
    public async Task A_duration_runs_each_pass_for_that_time_and_compares_pages_per_second()
    {
        // Arrange
        var site = await workspace.StartSiteAsync(new LocalSiteOptions { LatencyMs = 50 });

        // Act
        var run = await CliRun.RunAsync(["bench", "hi", "apple", "bye", "--duration", "1s", "-c", "4", "--format", "json", "--base-url", workspace.BaseUrl]);

        // Assert
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(1000, root.GetProperty("durationMs").GetDouble());
        var runs = root.GetProperty("runs").EnumerateArray().ToList();
        Assert.All(runs, r => Assert.True(r.GetProperty("wallMs").GetProperty("median").GetDouble() >= 1000, r.ToString()));
        var pages = runs.Sum(r => r.GetProperty("pages").GetInt32());
        Assert.Equal(site.GetStats().Requests - 3, pages);
        Assert.True(runs[1].GetProperty("pages").GetInt32() > runs[0].GetProperty("pages").GetInt32());
        var rateRatio = runs[1].GetProperty("pagesPerSecond").GetDouble() / runs[0].GetProperty("pagesPerSecond").GetDouble();
        Assert.Equal(rateRatio, root.GetProperty("speedup").GetDouble(), 0.01);
        Assert.True(root.GetProperty("identicalEntries").GetBoolean());
    }

    [Theory]
    [InlineData("-n", "0")]
    [InlineData("--duration", "soon")]
    [InlineData("--duration", "0s")]
    public async Task Bad_counts_and_durations_are_usage_errors(string option, string value)
    {
        var run = await CliRun.RunAsync(["bench", option, value]);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
    }

    [Fact]
    public async Task Minus_n_and_a_duration_together_are_a_usage_error()
    {
        var run = await CliRun.RunAsync(["bench", "-n", "5", "--duration", "1s"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("-n and --duration", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }
}
