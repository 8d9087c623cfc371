using Scraper.Cli.Shell;

namespace Scraper.Tests.Shell;

/// <summary>The line editor's state: what each key does to the line and the cursor, and the history's up and down.</summary>
public sealed class LineEditingTests
{
    [Fact]
    public void Keys_edit_the_line_where_the_cursor_is()
    {
        // Arrange
        var line = new LineBuffer();

        // Act: "applw", Backspace, "e", Home, Delete, Right, Left, End, then "s"
        Type(line, "applw");
        LineKeys.Move(LineKey.Backspace, line);
        Type(line, "e");
        LineKeys.Move(LineKey.Home, line);
        line.Delete();
        Type(line, "A");
        LineKeys.Move(LineKey.End, line);
        Type(line, "s");

        // Assert
        Assert.Equal("Apples", line.ToString());
        Assert.Equal(6, line.Cursor);
    }

    [Fact]
    public void Cutting_removes_before_or_after_the_cursor_and_the_cursor_stays_in_the_line()
    {
        // Arrange
        var line = new LineBuffer();
        Type(line, "ice cream");
        line.Left();
        line.Left();
        line.Left();
        line.Left();
        line.Left();

        // Act
        line.CutToEnd();
        var afterCutToEnd = line.ToString();
        line.Left();
        line.CutToStart();

        // Assert
        Assert.Equal("ice ", afterCutToEnd);
        Assert.Equal(" ", line.ToString());
        Assert.Equal(0, line.Cursor);
        line.Left();
        line.Backspace();
        Assert.Equal(0, line.Cursor);
    }

    [Fact]
    public void Up_goes_to_older_lines_and_down_comes_back_to_the_line_being_typed()
    {
        // Arrange
        var recall = new LineRecall(["apple", "banana"]);

        // Act / Assert
        Assert.Equal("banana", recall.Older("half-typ"));
        Assert.Equal("apple", recall.Older("banana"));
        Assert.Null(recall.Older("apple"));
        Assert.Equal("banana", recall.Newer());
        Assert.Equal("half-typ", recall.Newer());
        Assert.Null(recall.Newer());
    }

    [Theory]
    [InlineData('\x01', ConsoleKey.A, "Home")]
    [InlineData('\x03', ConsoleKey.C, "Clear")]
    [InlineData('\x04', ConsoleKey.D, "EndOfInput")]
    [InlineData('\x10', ConsoleKey.P, "Older")]
    [InlineData('\x7f', ConsoleKey.Backspace, "Backspace")]
    [InlineData('\r', ConsoleKey.Enter, "Enter")]
    [InlineData('\0', ConsoleKey.UpArrow, "Older")]
    [InlineData('\0', ConsoleKey.Home, "Home")]
    [InlineData('é', ConsoleKey.None, "Insert")]
    [InlineData('\x1b', ConsoleKey.Escape, "None")]
    public void A_key_means_what_readline_makes_it_mean(char c, ConsoleKey key, string expected)
    {
        var control = c is > '\0' and < ' ' && c is not '\r' and not '\x1b';
        Assert.Equal(Enum.Parse<LineKey>(expected), LineKeys.Of(new ConsoleKeyInfo(c, key, shift: false, alt: false, control)));
    }

    private static void Type(LineBuffer line, string text)
    {
        foreach (var c in text)
        {
            line.Insert(c);
        }
    }
}
