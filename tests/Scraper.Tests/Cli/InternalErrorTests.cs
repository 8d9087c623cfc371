using Scraper.Tests.Support;

namespace Scraper.Tests.Cli;

/// <summary>
/// The last resort at the process boundary: an exception no command handles (here the console's stdin failing in a way
/// no reader expects) is one line on stderr and exit 70, with no stack trace unless -v asks for it.
/// </summary>
public sealed class InternalErrorTests
{
    [Fact]
    public async Task An_unexpected_exception_is_one_clean_line_and_exit_70()
    {
        // Act
        var run = await CliRun.RunAsync("", Broken, "lookup", "-f", "-");

        // Assert
        Assert.Equal(70, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Equal("scraper: internal error: stdin [31mbroke (InvalidOperationException)", line);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task With_verbose_the_stack_trace_follows_the_line()
    {
        // Act
        var run = await CliRun.RunAsync("", Broken, "lookup", "-f", "-", "-v");

        // Assert
        Assert.Equal(70, run.ExitCode);
        Assert.StartsWith("scraper: internal error: ", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Contains(run.ErrorLines, l => l.StartsWith("at ", StringComparison.Ordinal));
        Assert.DoesNotContain('\u001b', run.Error);
    }

    private static Scraper.Cli.CliConsole Broken(Scraper.Cli.CliConsole console) =>
        console with { OpenStdin = () => throw new InvalidOperationException("stdin \u001b[31mbroke") };
}
