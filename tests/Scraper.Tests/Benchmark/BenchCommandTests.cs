using Scraper.Tests.Cli;
using System.Text.Json;

namespace Scraper.Tests.Benchmark;

/// <summary>`scraper bench` end to end, in-process, on the embedded site at 50 ms latency and the 13 default words.</summary>
public sealed class BenchCommandTests
{
    private const int Words = 13;
    private const int LatencyMs = 50;

    // Only a guard: ten times the ideal async time, so a loaded machine cannot fail it. That async really runs
    // concurrently is shown by what the servers count (ConcurrencyLimitTests), not by a wall-clock margin.
    private const double AsyncMarginMs = 9 * 4 * LatencyMs;

    [Fact]
    public async Task A_json_bench_has_the_product_schema_and_tells_the_truth_about_sync_and_async()
    {
        var (exitCode, output, error) = await BenchCli.RunAsync("bench", "--latency", "50", "-c", "4", "--format", "json");

        Assert.True(exitCode == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        AssertKind(root, JsonValueKind.Number, "keywords", "latencyMs", "speedup", "idealAsyncMs", "efficiency");
        AssertKind(root, JsonValueKind.String, "site", "baseUrl");
        AssertKind(root, JsonValueKind.Array, "runs");
        AssertKind(root, JsonValueKind.True, "identicalEntries");
        Assert.Equal(Words, root.GetProperty("keywords").GetInt32());
        Assert.Equal("macmillan", root.GetProperty("site").GetString());
        Assert.StartsWith("http://127.0.0.1:", root.GetProperty("baseUrl").GetString(), StringComparison.Ordinal);
        Assert.Equal(LatencyMs, root.GetProperty("latencyMs").GetInt32());

        var runs = root.GetProperty("runs").EnumerateArray().ToList();
        Assert.Equal(["sync", "async"], runs.Select(run => run.GetProperty("mode").GetString()));
        runs.ForEach(AssertRunSchema);
        Assert.Equal([1, 4], runs.Select(run => run.GetProperty("concurrency").GetInt32()));

        var syncMedian = Median(runs[0]);
        var asyncMedian = Median(runs[1]);
        Assert.True(syncMedian >= 0.9 * Words * LatencyMs, $"sync median {syncMedian} ms");
        Assert.True(asyncMedian <= (Math.Ceiling(Words / 4.0) * LatencyMs) + AsyncMarginMs, $"async median {asyncMedian} ms");
        Assert.Equal(syncMedian / asyncMedian, root.GetProperty("speedup").GetDouble(), 0.006);
        Assert.Equal(Math.Ceiling(Words / 4.0) * LatencyMs, root.GetProperty("idealAsyncMs").GetDouble());
        Assert.Equal(root.GetProperty("idealAsyncMs").GetDouble() / asyncMedian, root.GetProperty("efficiency").GetDouble(), 0.006);
    }

    [Fact]
    public async Task A_concurrency_list_runs_a_sweep_with_one_point_per_concurrency()
    {
        var (exitCode, output, error) = await BenchCli.RunAsync("bench", "--latency", "50", "-c", "1,4", "--modes", "async", "--format", "json");

        Assert.True(exitCode == 0, error);
        using var json = JsonDocument.Parse(output);
        var sweep = json.RootElement.GetProperty("sweep").EnumerateArray().ToList();
        Assert.Equal([1, 4], sweep.Select(point => point.GetProperty("concurrency").GetInt32()));
        Assert.All(sweep, point => Assert.Equal(JsonValueKind.Number, point.GetProperty("wallMs").ValueKind));
        Assert.Equal(["async", "async"], json.RootElement.GetProperty("runs").EnumerateArray().Select(run => run.GetProperty("mode").GetString()));
    }

    [Fact]
    public async Task Threads_and_async_modes_run_side_by_side_with_identical_entries()
    {
        var (exitCode, output, error) = await BenchCli.RunAsync("bench", "--latency", "50", "--modes", "threads,async", "-c", "4", "--format", "json");

        Assert.True(exitCode == 0, error);
        using var json = JsonDocument.Parse(output);
        var runs = json.RootElement.GetProperty("runs").EnumerateArray().ToList();
        Assert.Equal(["threads", "async"], runs.Select(run => run.GetProperty("mode").GetString()));
        Assert.All(runs, run => Assert.Equal(4, run.GetProperty("concurrency").GetInt32()));
        Assert.All(runs, run => Assert.Equal(Words, run.GetProperty("statuses").GetProperty("200").GetInt32()));
        Assert.True(json.RootElement.GetProperty("identicalEntries").GetBoolean());
    }

    [Fact]
    public async Task A_markdown_report_has_the_definitions_and_the_runs_table()
    {
        var (exitCode, output, error) = await BenchCli.RunAsync("bench", "--latency", "50", "-c", "4", "--format", "markdown");

        Assert.True(exitCode == 0, error);
        Assert.Contains("## Definitions", output, StringComparison.Ordinal);
        Assert.Contains("## Runs", output, StringComparison.Ordinal);
        Assert.Contains("| Mode | Concurrency |", output, StringComparison.Ordinal);
        Assert.Contains(BenchCli.Lines(output), line => line.StartsWith("| sync | 1 |", StringComparison.Ordinal));
        Assert.Contains(BenchCli.Lines(output), line => line.StartsWith("| async | 4 |", StringComparison.Ordinal));
        Assert.Contains("Identical entries: yes", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-c", "0,x")]
    [InlineData("--modes", "warp")]
    [InlineData("--repeat", "0")]
    public async Task Bad_usage_exits_2_with_one_line_on_stderr_and_nothing_on_stdout(string option, string value)
    {
        var (exitCode, output, error) = await BenchCli.RunAsync("bench", option, value);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        var line = Assert.Single(BenchCli.Lines(error));
        Assert.StartsWith("scraper: ", line, StringComparison.Ordinal);
    }

    private static void AssertRunSchema(JsonElement run)
    {
        AssertKind(run, JsonValueKind.String, "mode");
        AssertKind(run, JsonValueKind.Number, "concurrency", "repeat", "pages", "pagesPerSecond", "retries", "bytes");
        AssertKind(run, JsonValueKind.Object, "wallMs", "latencyMs", "statuses");
        AssertKind(run.GetProperty("wallMs"), JsonValueKind.Number, "min", "median", "max");
        AssertKind(run.GetProperty("latencyMs"), JsonValueKind.Number, "p50", "p90", "p99", "max");
        Assert.Equal(1, run.GetProperty("repeat").GetInt32());
        Assert.Equal(Words, run.GetProperty("pages").GetInt32());
        Assert.Equal(Words, run.GetProperty("statuses").GetProperty("200").GetInt32());
        Assert.Equal(0, run.GetProperty("retries").GetInt32());
        Assert.True(run.GetProperty("bytes").GetInt64() > 0);
        Assert.True(run.GetProperty("latencyMs").GetProperty("p50").GetDouble() >= 0.9 * LatencyMs);
    }

    private static double Median(JsonElement run) => run.GetProperty("wallMs").GetProperty("median").GetDouble();

    private static void AssertKind(JsonElement element, JsonValueKind kind, params string[] names)
    {
        foreach (var name in names)
        {
            Assert.True(element.TryGetProperty(name, out var value), $"missing '{name}' in {element}");
            Assert.True(value.ValueKind == kind, $"'{name}' is {value.ValueKind}, not {kind}");
        }
    }
}
