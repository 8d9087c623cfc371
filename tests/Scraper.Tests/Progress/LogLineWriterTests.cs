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
}
