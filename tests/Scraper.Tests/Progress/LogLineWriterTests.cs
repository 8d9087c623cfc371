using Scraper.Cli.Logging;
using Spectre.Console;

namespace Scraper.Tests.Progress;

public sealed class LogLineWriterTests
{
    [Fact]
    public void While_routed_whole_lines_go_through_the_live_console_and_afterwards_straight_to_stderr()
    {
        // Arrange
        using var stderr = new StringWriter();
        using var live = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(live), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        using var writer = new LogLineWriter(stderr);

        // Act
        writer.Write("before\n");
        using (writer.RouteThrough(console))
        {
            writer.Write("during ");
            writer.Write("the bar\r\n");
            writer.Write("half a line");
        }

        writer.Write(" ends after\n");

        // Assert
        Assert.Equal("before\nhalf a line ends after\n", stderr.ToString());
        Assert.Equal("during the bar" + Environment.NewLine, live.ToString());
    }

    [Fact]
    public void A_line_printed_above_a_live_bar_erases_each_of_its_rows_to_the_end_so_no_tail_of_the_bar_stays()
    {
        // Arrange: a terminal of 20 columns, where the line takes two rows
        using var live = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(live), Ansi = AnsiSupport.Yes, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 20;
        using var writer = new LogLineWriter(new StringWriter());

        // Act
        using (writer.RouteThrough(console))
        {
            writer.Write("Warning: Stopping now, please wait\n");
        }

        // Assert: erased before the first row, at the end of each row
        var rows = live.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, rows.Length);
        Assert.StartsWith("\u001b[K", rows[0], StringComparison.Ordinal);
        Assert.All(rows, row => Assert.EndsWith("\u001b[K", row, StringComparison.Ordinal));
    }
}
