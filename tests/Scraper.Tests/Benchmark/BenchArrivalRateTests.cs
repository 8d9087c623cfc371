using Scraper.Tests.Cli;
using System.Text.Json;
using Scraper.LocalSite;
using Scraper.Tests.Support;
using static Scraper.Tests.Cli.BatchFiles;

namespace Scraper.Tests.Benchmark;

/// <summary>`bench --arrival-rate R`: async words go on a fixed schedule, and the report times them from when they were due.</summary>
public sealed class BenchArrivalRateTests : IAsyncDisposable
{
    private readonly BatchWorkspace workspace = new();

    public ValueTask DisposeAsync() => workspace.DisposeAsync();

    [Fact]
    public async Task Words_go_on_the_schedule_so_the_pass_lasts_at_least_n_minus_one_gaps_and_the_schedule_is_its_bound()
    {
        // Arrange: 10 words at 20 a second against 20 ms pages: the schedule, not the latency, holds the pass
        await workspace.StartSiteAsync(new LocalSiteOptions { LatencyMs = 20 });

        // Act
        var run = await CliRun.RunAsync(["bench", .. Words(10), "-c", "4", "--modes", "async", "--arrival-rate", "20", "--format", "json", "--base-url", workspace.BaseUrl]);

        // Assert: the last word is due at 450 ms, so the pass cannot end sooner
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(20, json.RootElement.GetProperty("arrivalRate").GetDouble());
        var async = json.RootElement.GetProperty("runs")[0];
        Assert.True(async.GetProperty("wallMs").GetProperty("median").GetDouble() >= 450, run.Out);
        Assert.Equal("rate", async.GetProperty("bound").GetProperty("kind").GetString());
        Assert.Equal(450, async.GetProperty("bound").GetProperty("ms").GetDouble());
        var arrival = async.GetProperty("arrival");
        Assert.True(arrival.GetProperty("fromDueMs").GetProperty("p50").GetDouble() >= 20, run.Out);
        Assert.True(arrival.GetProperty("queueMs").GetProperty("p999").GetDouble() >= 0, run.Out);
    }

    [Fact]
    public async Task The_markdown_shows_the_latency_from_the_intended_send_and_the_queueing_apart()
    {
        await workspace.StartSiteAsync(new LocalSiteOptions { LatencyMs = 10 });

        var run = await CliRun.RunAsync(["bench", .. Words(4), "-c", "2", "--arrival-rate", "50", "--format", "markdown", "--base-url", workspace.BaseUrl]);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"\n- async c=2 at 50\.0 words/s: latency from the intended send p50/p90/p99/p99\.9/max [\d./]+ ms; of which queueing [\d./]+ ms\n", run.Out);
    }
}
