using Scraper.Cli.Commands;
using Serilog.Core;

namespace Scraper.Tests.Progress;

/// <summary>The bench's progress line on a terminal: redrawn in place, and erased before a stop message.</summary>
public sealed class PassProgressTests
{
    [Fact]
    public void The_line_leaves_the_cursor_at_its_start_and_Clear_erases_it_so_a_stop_message_starts_a_clean_line()
    {
        // Arrange
        using var terminal = new StringWriter();
        var progress = new PassProgress(Logger.None, "sync", 40, () => 10, terminal, duration: null);

        // Act: the first report is drawn at once (the last one was "long ago", at 0 ms)
        Thread.Sleep(250);
        progress.Report(5);
        var drawn = terminal.ToString();
        progress.Clear();

        // Assert
        Assert.StartsWith("\rsync: 5/40 words", drawn, StringComparison.Ordinal);
        Assert.EndsWith("\r", drawn, StringComparison.Ordinal);
        var erase = terminal.ToString()[drawn.Length..];
        Assert.Matches("^\\r +\\r$", erase);
    }
}
