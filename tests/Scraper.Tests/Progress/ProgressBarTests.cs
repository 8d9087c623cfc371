using Scraper.Cli.Progress;
using Spectre.Console;

namespace Scraper.Tests.Progress;

public sealed class ProgressBarTests
{
    [Fact]
    public async Task A_run_that_outlasts_the_delay_gets_a_bar_with_done_total_rate_time_left_and_failures()
    {
        // Arrange
        var (console, output) = Terminal();
        var pace = new RunPace(0, 12, 0, TimeSpan.Zero);
        var run = new TaskCompletionSource();

        // Act
        var bar = ProgressBar.ShowAsync(console, () => pace, run.Task, TimeSpan.Zero);
        pace = new RunPace(12, 12, 2, TimeSpan.FromSeconds(4));
        run.SetResult();
        await bar.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        // Assert
        var text = output.ToString();
        Assert.Contains("12/12 words", text, StringComparison.Ordinal);
        Assert.Contains("3.0 words/s", text, StringComparison.Ordinal);
        Assert.Contains("0:00 left", text, StringComparison.Ordinal);
        Assert.Contains("2 failures", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_over_before_the_delay_shows_no_bar_at_all()
    {
        var (console, output) = Terminal();

        await ProgressBar.ShowAsync(console, () => new RunPace(2, 2, 0, TimeSpan.FromMilliseconds(300)), Task.CompletedTask, TimeSpan.FromSeconds(1));

        Assert.Equal("", output.ToString());
    }

    private static (IAnsiConsole Console, StringWriter Output) Terminal()
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
        });
        return (console, output);
    }
}
