using System.Diagnostics;
using Scraper.LocalSite;
using Scraper.Tests.Support;
using static Scraper.Tests.Cli.BatchFiles;

namespace Scraper.Tests.Cli;

/// <summary>
/// The built `scraper lookup` as a real child process against a slow local site, for what only a process shows:
/// a real SIGINT, and a kill -9 that a resumed run must repair.
/// </summary>
public sealed class LookupProcessTests : IAsyncDisposable
{
    private readonly BatchWorkspace workspace = new();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => workspace.DisposeAsync();

    [Fact]
    public async Task Sigint_exits_130_within_3_seconds_with_every_line_whole()
    {
        // Arrange
        await workspace.StartSiteAsync(new LocalSiteOptions { LatencyMs = 200 });
        var output = workspace.PathOf("out.jsonl");
        using var child = Start(output, Words(60));
        await WaitForLinesAsync(child, output, 3);

        // Act
        await child.InterruptAsync(Cancellation);
        var clock = Stopwatch.StartNew();
        await WaitForExitAsync(child);
        clock.Stop();

        // Assert
        Assert.Equal(130, child.Process.ExitCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"exited {clock.Elapsed.TotalSeconds:0.00} s after SIGINT");
        var written = JsonlWords(output);
        Assert.InRange(written.Count, 3, 59);
        Assert.Equal(written.Count, written.Select(w => w.Keyword).Distinct().Count());
    }

    [Fact]
    public async Task After_kill_9_mid_run_a_resumed_run_leaves_every_word_exactly_once()
    {
        // Arrange
        var site = await workspace.StartSiteAsync(new LocalSiteOptions { LatencyMs = 100 });
        var output = workspace.PathOf("out.jsonl");
        var words = Words(40);
        using (var child = Start(output, words))
        {
            await WaitForLinesAsync(child, output, 5);
            child.Process.Kill();
            await WaitForExitAsync(child);
        }

        var beforeResume = File.ReadAllText(output).Count(c => c == '\n');
        site.ResetStats();

        // Act
        var run = await CliRun.RunAsync(["lookup", .. words, "--resume", "--format", "jsonl", "-o", output, "-c", "8", "--site", "macmillan-uk", "--base-url", workspace.BaseUrl]);

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.InRange(beforeResume, 5, 39);
        var results = JsonlWords(output);
        Assert.Equal(words.Order(), results.Select(r => r.Keyword).Order());
        Assert.All(results, r => Assert.Equal("found", r.Status));
        Assert.Equal(words.Length - beforeResume, site.GetStats().Requests);
    }

    private ServeProcess Start(string output, string[] words) =>
        ServeProcess.Start(["lookup", .. words, "-c", "2", "--format", "jsonl", "-o", output, "--site", "macmillan-uk", "--base-url", workspace.BaseUrl]);

    // Generous: a child's start-up on a loaded two-core machine can take seconds.
    private static async Task WaitForLinesAsync(ServeProcess child, string path, int lines)
    {
        await BatchWorkspace.WaitUntilAsync(() => child.Process.HasExited || BatchWorkspace.HasLines(path, lines), TimeSpan.FromSeconds(60));
        if (!BatchWorkspace.HasLines(path, lines))
        {
            Assert.Fail("the lookup ended before writing enough: " + await child.Process.StandardError.ReadToEndAsync(Cancellation));
        }
    }

    private static async Task WaitForExitAsync(ServeProcess child)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        await child.Process.WaitForExitAsync(timeout.Token);
    }
}
