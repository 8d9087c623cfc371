using Scraper.Cli;
using Scraper.Tests.Support;

namespace Scraper.Tests.Cli;

/// <summary>`echo love | scraper lookup`: with no words and no -f, piped stdin holds the words.</summary>
public sealed class PipedWordsTests
{
    [Fact]
    public async Task Words_piped_on_stdin_are_looked_up_without_f()
    {
        var run = await CliRun.RunAsync("love\nzzquorp\n", Piped, "lookup", "--site", "local", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["found", "not-found"], JsonResults.FromArray(run.Out).Select(r => r.Status()));
    }

    [Fact]
    public async Task Words_given_as_arguments_leave_stdin_unread()
    {
        var run = await CliRun.RunAsync("zzquorp\n", Piped, "lookup", "love", "--site", "local", "--format", "json");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("love", JsonResults.Single(run.Out).GetProperty("keyword").GetString());
    }

    [Fact]
    public async Task An_empty_pipe_is_a_usage_error_that_says_stdin_held_no_words()
    {
        var run = await CliRun.RunAsync("", Piped, "lookup", "--site", "local");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("standard input held none", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    private static CliConsole Piped(CliConsole console) => console with { InputIsRedirected = true };
}
