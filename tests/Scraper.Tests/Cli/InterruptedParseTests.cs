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
    public async Task Two_sigints_during_a_parse_abandon_the_word_and_exit_130_within_3_seconds()
    {
        // Arrange: the page's parse runs into its 2-second budget unless the interruption stops it first.
        server.Serve(Path, PathologicalPages.NestedBehindStrayEndTags(150_000));
        var output = System.IO.Path.Combine(directory.Path, "out.jsonl");
        using var child = ServeProcess.Start(["lookup", "slow", "--retries", "0", "--format", "jsonl", "-o", output, "--site", "macmillan-uk", "--base-url", server.BaseUrl.AbsoluteUri]);
        await BatchWorkspace.WaitUntilAsync(() => child.Process.HasExited || server.RequestsTo(Path) > 0, TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromMilliseconds(500), Cancellation);

        // Act
        await child.InterruptAsync(Cancellation);
        await child.InterruptAsync(Cancellation);
        var clock = Stopwatch.StartNew();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        await child.Process.WaitForExitAsync(timeout.Token);
        clock.Stop();

        // Assert: abandoned, not failed by the budget, which would have written it.
        Assert.Equal(130, child.Process.ExitCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"exited {clock.Elapsed.TotalSeconds:0.00} s after SIGINT");
        Assert.Equal("", File.ReadAllText(output));
    }
}
