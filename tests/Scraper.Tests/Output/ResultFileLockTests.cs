using Scraper.Tests.Cli;
using Scraper.LocalSite;
using Scraper.Tests.Support;
using static Scraper.Tests.Cli.BatchFiles;

namespace Scraper.Tests.Output;

/// <summary>One run per results file: a second run on a file that a run (a real child process) is writing stops at once.</summary>
public sealed class ResultFileLockTests : IAsyncDisposable
{
    private readonly BatchWorkspace workspace = new();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => workspace.DisposeAsync();

    [Fact]
    public async Task A_second_run_on_a_file_being_written_exits_2_and_touches_nothing()
    {
        // Arrange: the first run writes 30 words at 100 ms each, 2 at a time.
        var site = await workspace.StartSiteAsync(new LocalSiteOptions { LatencyMs = 100 });
        var output = workspace.PathOf("out.jsonl");
        var words = Words(30);
        using var first = ServeProcess.Start(["lookup", .. words, "--format", "jsonl", "-o", output, "-c", "2", "--site", "macmillan-uk", "--base-url", workspace.BaseUrl]);
        await BatchWorkspace.WaitUntilAsync(() => first.Process.HasExited || BatchWorkspace.HasLines(output, 2), TimeSpan.FromSeconds(60));

        // Act: a run that would replace the file, and one that would repair and append to it.
        var replacing = await LookupAsync([.. words, "--format", "jsonl", "-o", output]);
        var resuming = await LookupAsync([.. words, "--format", "jsonl", "-o", output, "--resume"]);
        await first.Process.WaitForExitAsync(Cancellation);

        // Assert
        foreach (var second in new[] { replacing, resuming })
        {
            Assert.Equal(2, second.ExitCode);
            var line = Assert.Single(second.ErrorLines);
            Assert.Equal($"scraper: another run is writing '{output}' (it holds '{output}.lock'); wait for it to end, or write to another file", line);
        }

        Assert.Equal(0, first.Process.ExitCode);
        Assert.Equal(words, JsonlWords(output).Select(w => w.Keyword).Order());
        Assert.Equal(words.Length, site.GetStats().Requests);
        Assert.False(File.Exists(output + ".lock"), "the lock file is gone once the run ends");
    }

    [Fact]
    public async Task A_lock_file_left_by_a_killed_run_does_not_stop_the_next_one()
    {
        // Arrange: what kill -9 leaves: the companion file, with no lock on it.
        await workspace.StartSiteAsync(new LocalSiteOptions());
        var output = workspace.PathOf("out.jsonl");
        await File.WriteAllTextAsync(output + ".lock", "", Cancellation);

        // Act
        var run = await LookupAsync(["love", "hello", "--format", "jsonl", "-o", output]);

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, JsonlWords(output).Count);
        Assert.False(File.Exists(output + ".lock"));
    }

    private Task<CliRun> LookupAsync(string[] wordsAndOptions) =>
        CliRun.RunAsync(["lookup", .. wordsAndOptions, "--site", "macmillan-uk", "--base-url", workspace.BaseUrl]);
}
