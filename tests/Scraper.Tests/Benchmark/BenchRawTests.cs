using Scraper.Tests.Cli;
using System.Globalization;
using Scraper.LocalSite;
using Scraper.Tests.Support;
using static Scraper.Tests.Cli.BatchFiles;

namespace Scraper.Tests.Benchmark;

/// <summary>`bench --raw PATH.csv`: one row per request of every counted pass, its phases adding up to its total.</summary>
public sealed class BenchRawTests : IAsyncDisposable
{
    private readonly BatchWorkspace workspace = new();

    public ValueTask DisposeAsync() => workspace.DisposeAsync();

    [Fact]
    public async Task Every_request_of_every_counted_pass_gets_one_row_with_its_phases()
    {
        // Arrange
        var site = await workspace.StartSiteAsync(new LocalSiteOptions { LatencyMs = 20 });
        var path = workspace.PathOf("raw.csv");
        var words = Words(5);

        // Act
        var run = await CliRun.RunAsync(["bench", .. words, "-c", "2", "--repeat", "2", "--raw", path, "--format", "json", "--base-url", workspace.BaseUrl]);

        // Assert: 5 words × (sync + async) × 2 rounds, as the site counted them after the 4-word warm-up
        Assert.True(run.ExitCode == 0, run.Error);
        var lines = File.ReadAllLines(path);
        Assert.Equal("mode,concurrency,repeat,word,page,startMs,slotWaitMs,politeWaitMs,connectMs,newConnection,firstByteMs,bodyMs,retryWaitMs,parseMs,totalMs,status,bytes,retries", lines[0]);
        var rows = lines.Skip(1).Select(line => line.Split(',')).ToList();
        Assert.Equal(20, rows.Count);
        Assert.Equal(site.GetStats().Requests - 4, rows.Count);
        Assert.Equal(["sync", "async"], rows.Select(r => r[0]).Distinct());
        Assert.Equal(["1", "2"], rows.Select(r => r[2]).Distinct());
        Assert.All(words, word => Assert.Equal(4, rows.Count(r => r[3] == word)));
        Assert.All(rows, r =>
        {
            var phases = new[] { 6, 7, 8, 10, 11, 12, 13 }.Sum(i => double.Parse(r[i], CultureInfo.InvariantCulture));
            Assert.Equal(double.Parse(r[14], CultureInfo.InvariantCulture), phases, 0.01);
            Assert.True(double.Parse(r[10], CultureInfo.InvariantCulture) >= 10, string.Join(',', r));
            Assert.Equal("200", r[15]);
        });
        Assert.Contains(rows, r => r[0] == "async" && double.Parse(r[5], CultureInfo.InvariantCulture) > 0);
    }
}
