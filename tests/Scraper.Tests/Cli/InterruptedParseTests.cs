using System.Diagnostics;
using Scraper.Tests.Fetching;
using Scraper.Tests.Support;

namespace Scraper.Tests.Cli;

/// <summary>Ctrl+C in a real child process while it parses a page that would take far longer than the grace period.</summary>
public sealed class InterruptedParseTests : IAsyncLifetime
{
    private const string Path = JsonResults.Prefix + "slow";
    private readonly TempDirectory directory = new();
    private RawPageServer server = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => server = await RawPageServer.StartAsync(Cancellation);

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        directory.Dispose();
    }

    [Fact]
    public async Task Two_sigints_during_a_parse_abandon_the_word_and_exit_130_without_writing_it()
    {
        // Arrange: the page's parse runs into its 2-second budget unless the interruption stops it first.
        server.Serve(Path, PathologicalPages.NestedBehindStrayEndTags(150_000));
        var output = System.IO.Path.Combine(directory.Path, "out.jsonl");
        using var child = ServeProcess.Start(["lookup", "slow", "--retries", "0", "--format", "jsonl", "-o", output, "--site", "macmillan-uk", "--base-url", server.BaseUrl.AbsoluteUri]);
        await BatchWorkspace.WaitUntilAsync(() => child.Process.HasExited || server.RequestsTo(Path) > 0, TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromMilliseconds(500), Cancellation);

        // Act: the second signal only once the first was heard; two sent at once can reach the process as one.
        var stderr = new StderrLines(child.Process);
        await child.InterruptAsync(Cancellation);
        await BatchWorkspace.WaitUntilAsync(() => child.Process.HasExited || stderr.Text.Contains("Ctrl+C again", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        await child.InterruptAsync(Cancellation);
        var clock = Stopwatch.StartNew();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        await child.Process.WaitForExitAsync(timeout.Token);
        clock.Stop();

        // Assert: abandoned, not failed by the budget, which would have written the word as failed within 2 s of the
        // parse's start. That empty file is the proof; the time bound only guards against a hang, loosely, since a
        // loaded machine stretches every step of the child's exit.
        Assert.Equal(130, child.Process.ExitCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"exited {clock.Elapsed.TotalSeconds:0.00} s after SIGINT");
        Assert.Equal("", File.ReadAllText(output));
    }
}
