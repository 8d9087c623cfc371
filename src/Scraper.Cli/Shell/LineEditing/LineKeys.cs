namespace Scraper.Cli.Shell;

/// <summary>The keys of the line editor: the arrows and editing keys, and their readline control-key twins.</summary>
internal static class LineKeys
{
    public static LineKey Of(ConsoleKeyInfo key)
    {
        if ((key.Modifiers & ConsoleModifiers.Control) != 0 || key.KeyChar is > '\0' and < ' ')
        {
            var control = Control(key);
            if (control != LineKey.None)
            {
                return control;
            }
        }

        return key.Key switch
        {
            ConsoleKey.Enter => LineKey.Enter,
            ConsoleKey.Backspace => LineKey.Backspace,
            ConsoleKey.Delete => LineKey.Delete,
            ConsoleKey.LeftArrow => LineKey.Left,
            ConsoleKey.RightArrow => LineKey.Right,
            ConsoleKey.Home => LineKey.Home,
            ConsoleKey.End => LineKey.End,
            ConsoleKey.UpArrow => LineKey.Older,
            ConsoleKey.DownArrow => LineKey.Newer,
            _ when key.KeyChar == '\x7f' => LineKey.Backspace,
            _ when key.KeyChar != '\0' && !char.IsControl(key.KeyChar) => LineKey.Insert,
            _ => LineKey.None,
        };
    }

    /// <summary>Applies a key that only moves the cursor or cuts text; any other does nothing here.</summary>
    public static void Move(LineKey key, LineBuffer line)
    {
        ArgumentNullException.ThrowIfNull(line);
        switch (key)
        {
            case LineKey.Backspace: line.Backspace(); break;
            case LineKey.Left: line.Left(); break;
            case LineKey.Right: line.Right(); break;
            case LineKey.Home: line.Home(); break;
            case LineKey.End: line.End(); break;
            case LineKey.CutToStart: line.CutToStart(); break;
            case LineKey.CutToEnd: line.CutToEnd(); break;
        }
    }

    // Ctrl+letter arrives as its control character (Ctrl+A is 0x01) and, on most terminals, as the letter with Control.
    private static LineKey Control(ConsoleKeyInfo key) => key.KeyChar switch
    {
        '\x01' => LineKey.Home,
        '\x02' => LineKey.Left,
        '\x03' => LineKey.Clear,
        '\x04' => LineKey.EndOfInput,
        '\x05' => LineKey.End,
        '\x06' => LineKey.Right,
        '\x08' => LineKey.Backspace,
        '\x0b' => LineKey.CutToEnd,
        '\x0e' => LineKey.Newer,
        '\x10' => LineKey.Older,
        '\x15' => LineKey.CutToStart,
        '\r' or '\n' => LineKey.Enter,
        _ => (key.Modifiers & ConsoleModifiers.Control) == 0 ? LineKey.None : key.Key switch
        {
            ConsoleKey.A => LineKey.Home,
            ConsoleKey.B => LineKey.Left,
            ConsoleKey.C => LineKey.Clear,
            ConsoleKey.D => LineKey.EndOfInput,
            ConsoleKey.E => LineKey.End,
            ConsoleKey.F => LineKey.Right,
            ConsoleKey.K => LineKey.CutToEnd,
            ConsoleKey.N => LineKey.Newer,
            ConsoleKey.P => LineKey.Older,
            ConsoleKey.U => LineKey.CutToStart,
            _ => LineKey.None,
        },
    };
}
