namespace Scraper.Cli.Shell;

/// <summary>
/// Draws the prompt and the line being edited on one terminal row: redrawn whole after each key (carriage return,
/// text, clear to the end of the row, cursor moved back), scrolled sideways when the line is wider than the row.
/// </summary>
internal sealed class LineView(TextWriter screen, string prompt)
{
    private int start;

    public void Draw(LineBuffer line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var room = Math.Max(8, Width() - prompt.Length - 1);
        if (line.Cursor < start)
        {
            start = line.Cursor;
        }
        else if (line.Cursor > start + room)
        {
            start = line.Cursor - room;
        }

        start = Math.Min(start, Math.Max(0, line.Length - room));
        var text = line.ToString();
        var shown = text.Substring(start, Math.Min(room, text.Length - start));
        var back = start + shown.Length - line.Cursor;
        screen.Write($"\r{prompt}{shown}\x1b[K{(back > 0 ? $"\x1b[{back}D" : "")}");
        screen.Flush();
    }

    /// <summary>Enter: the cursor to the next row, leaving the line as typed above.</summary>
    public void Finish()
    {
        screen.Write("\r\n");
        screen.Flush();
    }

    /// <summary>Ctrl+C: marks the row as abandoned, as shells do, and starts a fresh one.</summary>
    public void Cancel()
    {
        screen.Write("^C\r\n");
        start = 0;
    }

    private static int Width()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : 80;
        }
        catch (IOException)
        {
            return 80;
        }
    }
}
