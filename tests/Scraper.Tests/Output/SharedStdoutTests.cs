using Scraper.Tests.Cli;
using Scraper.LocalSite;
using Scraper.Tests.Support;

namespace Scraper.Tests.Output;

/// <summary>
/// Standard output redirected to a file that stderr (or a later command) shares: the results are written at the
/// shared offset, so what is written after them comes after them instead of over them.
/// </summary>
public sealed class SharedStdoutTests : IAsyncDisposable
{
    private readonly BatchWorkspace workspace = new();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => workspace.DisposeAsync();

    [Fact]
    public async Task Results_and_the_summary_redirected_to_one_file_are_both_kept()
    {
        // Arrange: `> FILE 2>&1`, one open file for both; the summary goes to stderr after the results.
        await workspace.StartSiteAsync(new LocalSiteOptions());
        var file = workspace.PathOf("both.txt");

        // Act
        using (var child = ServeProcess.StartInShell(
            "", $"> '{file}' 2>&1",
            ["lookup", "love", "hello", "--format", "jsonl", "--site", "macmillan-uk", "--base-url", workspace.BaseUrl]))
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);
            timeout.CancelAfter(TimeSpan.FromSeconds(30));
            await child.Process.WaitForExitAsync(timeout.Token);
            Assert.Equal(0, child.Process.ExitCode);
        }

        // Assert: both result lines whole, then the summary
        var lines = await File.ReadAllLinesAsync(file, Cancellation);
        Assert.Equal(2, lines.Count(l => l.StartsWith("{\"keyword\":", StringComparison.Ordinal) && l.EndsWith('}')));
        Assert.Contains(lines, l => l.Contains("2/2 words in", StringComparison.Ordinal));
    }
}
