using Scraper.Tests.Cli;
using System.Diagnostics;
using Scraper.Cli;
using Scraper.LocalSite;
using static Scraper.Tests.Cli.BatchFiles;

namespace Scraper.Tests.Benchmark;

/// <summary>
/// Ctrl+C and SIGTERM stop a bench: exit 130 within 2 seconds, with the report of the passes that finished.
/// The site counts the requests, so the test knows when the sync pass is done without reading a clock.
/// </summary>
public sealed class BenchInterruptionTests : IAsyncDisposable
{
    private const int WordCount = 30;
    private const int Concurrency = 1;
    private const int WarmUp = 2 * Concurrency;
    private readonly BatchWorkspace workspace = new();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => workspace.DisposeAsync();

    [Fact]
    public async Task Ctrl_c_during_the_async_pass_exits_130_with_the_sync_run_reported()
    {
        // Arrange
        var site = await workspace.StartSiteAsync(new LocalSiteOptions { LatencyMs = 100 });
        var ready = new TaskCompletionSource<Interruption>();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new CliConsole(TextWriter.Synchronized(output), TextWriter.Synchronized(error), () => Stream.Null, OutputIsTerminal: false)
        {
            NewInterruption = grace => Ready(ready, new Interruption(grace, listen: false)),
        };

        // Act: interrupt once the warm-up and the sync pass are done and the async pass has begun
        var run = ScraperApp.RunAsync(Args("json"), console);
        var interruption = await ready.Task.WaitAsync(TimeSpan.FromSeconds(30), Cancellation);
        await BatchWorkspace.WaitUntilAsync(() => site.GetStats().Requests >= WarmUp + WordCount + 2, TimeSpan.FromSeconds(60));
        interruption.Trigger();
        var clock = Stopwatch.StartNew();
        var exitCode = await run.WaitAsync(TimeSpan.FromSeconds(30), Cancellation);
        clock.Stop();

        // Assert
        Assert.True(exitCode == 130, error.ToString());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"stopped {clock.Elapsed.TotalSeconds:0.00} s after Ctrl+C");
        using var json = System.Text.Json.JsonDocument.Parse(output.ToString());
        var runs = json.RootElement.GetProperty("runs").EnumerateArray().Select(r => r.GetProperty("mode").GetString()).ToList();
        Assert.Equal(["sync"], runs);
        Assert.True(json.RootElement.GetProperty("interrupted").GetBoolean());
        Assert.Contains(json.RootElement.GetProperty("notes").EnumerateArray(), note => note.GetString()!.StartsWith("Interrupted: 1 of 2 counted passes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_real_sigint_to_a_bench_process_exits_130_within_2_seconds_and_prints_what_finished()
    {
        // Arrange
        var site = await workspace.StartSiteAsync(new LocalSiteOptions { LatencyMs = 100 });
        using var child = ServeProcess.Start(Args("table"));
        var stdout = child.Process.StandardOutput.ReadToEndAsync(Cancellation);
        var stderr = child.Process.StandardError.ReadToEndAsync(Cancellation);
        await BatchWorkspace.WaitUntilAsync(() => child.Process.HasExited || site.GetStats().Requests >= WarmUp + WordCount + 2, TimeSpan.FromSeconds(60));
        if (child.Process.HasExited)
        {
            Assert.Fail("the bench ended before it could be interrupted: " + await stderr);
        }

        // Act
        await child.InterruptAsync(Cancellation);
        var clock = Stopwatch.StartNew();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        await child.Process.WaitForExitAsync(timeout.Token);
        clock.Stop();

        // Assert
        Assert.True(child.Process.ExitCode == 130, await stderr);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"exited {clock.Elapsed.TotalSeconds:0.00} s after SIGINT");
        var report = await stdout;
        Assert.Contains("Interrupted: 1 of 2 counted passes finished", report, StringComparison.Ordinal);
        var rows = report.Split('\n').Select(line => line.Trim().TrimStart('│', '|').TrimStart()).ToList();
        Assert.Contains(rows, row => row.StartsWith("sync ", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, row => row.StartsWith("async ", StringComparison.Ordinal));
    }

    private string[] Args(string format) =>
        ["bench", .. Words(WordCount), "--modes", "sync,async", "-c", Concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--format", format, "--base-url", workspace.BaseUrl];

    private static Interruption Ready(TaskCompletionSource<Interruption> ready, Interruption interruption)
    {
        ready.SetResult(interruption);
        return interruption;
    }
}
