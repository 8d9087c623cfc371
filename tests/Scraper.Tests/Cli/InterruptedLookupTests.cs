using Scraper.Cli;
using Scraper.LocalSite;
using Scraper.Tests.Support;
using static Scraper.Tests.Cli.BatchFiles;

namespace Scraper.Tests.Cli;

/// <summary>
/// Ctrl+C in-process: the test triggers the run's <see cref="Interruption"/> (which does not listen for signals here)
/// once some words are written, and reads back what the run left.
/// </summary>
public sealed class InterruptedLookupTests : IAsyncDisposable
{
    private readonly BatchWorkspace workspace = new();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => workspace.DisposeAsync();

    [Fact]
    public async Task The_first_ctrl_c_lets_the_words_in_flight_finish_writes_whole_lines_and_exits_130()
    {
        // Arrange
        await workspace.StartSiteAsync(new LocalSiteOptions { LatencyMs = 150 });
        var output = workspace.PathOf("out.jsonl");
        Interruption? interruption = null;

        // Act
        var run = Lookup(output, grace => interruption = new Interruption(grace, listen: false), [.. Words(40), "-c", "2"]);
        await BatchWorkspace.WaitForLinesAsync(output, 2);
        interruption!.Trigger();
        var result = await run.WaitAsync(TimeSpan.FromSeconds(30), Cancellation);

        // Assert
        Assert.Equal(130, result.ExitCode);
        var written = JsonlWords(output);
        Assert.InRange(written.Count, 2, 39);
        Assert.All(written, w => Assert.Equal("found", w.Status));
        Assert.Equal(written.Count, written.Select(w => w.Keyword).Distinct().Count());
        Assert.Contains(result.ErrorLines, l => l.Contains($"{written.Count}/40 words", StringComparison.Ordinal) && l.Contains("not done (interrupted)", StringComparison.Ordinal));
        var finish = $"To finish them: scraper lookup {string.Join(' ', Words(40))} -c 2 --format jsonl -o {output} --site macmillan-uk --base-url {workspace.BaseUrl} --resume";
        Assert.Contains(result.ErrorLines, l => l.Contains("WRN", StringComparison.Ordinal) && l.EndsWith($"{40 - written.Count} of 40 words not done. {finish}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_second_ctrl_c_abandons_words_that_would_never_finish_and_they_are_not_written()
    {
        // Arrange: every path stalls on its first attempt, and the grace period is far longer than the test
        var site = await workspace.StartSiteAsync(new LocalSiteOptions { StallRate = 1 });
        var output = workspace.PathOf("out.jsonl");
        var ready = new TaskCompletionSource<Interruption>();

        // Act
        var run = Lookup(output, _ => Ready(ready, new Interruption(TimeSpan.FromHours(1), listen: false)), [.. Words(4), "-c", "2", "--timeout", "600"]);
        var interruption = await ready.Task.WaitAsync(TimeSpan.FromSeconds(30), Cancellation);
        await BatchWorkspace.WaitUntilAsync(() => site.GetStats().Statuses.GetValueOrDefault("stall") >= 2);
        interruption.Trigger();
        interruption.Trigger();
        var result = await run.WaitAsync(TimeSpan.FromSeconds(30), Cancellation);

        // Assert
        Assert.Equal(130, result.ExitCode);
        Assert.Equal("", File.ReadAllText(output));
        Assert.Contains(result.ErrorLines, l => l.Contains("0/4 words", StringComparison.Ordinal));
    }

    private Task<CliRun> Lookup(string output, Func<TimeSpan, Interruption> interruption, string[] wordsAndOptions) =>
        CliRun.RunAsync(
            "",
            console => console with { NewInterruption = interruption },
            ["lookup", .. wordsAndOptions, "--format", "jsonl", "-o", output, "--site", "macmillan-uk", "--base-url", workspace.BaseUrl]);

    private static Interruption Ready(TaskCompletionSource<Interruption> ready, Interruption interruption)
    {
        ready.SetResult(interruption);
        return interruption;
    }
}
