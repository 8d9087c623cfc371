using System.Text;

namespace Scraper.Cli.Shell;

/// <summary>
/// Terminal escape sequences in a typed or piped line (a word pasted in colour, a bracketed paste's markers, a window
/// title): dropped whole, so that neither their ESC nor what follows it ("[31m") reaches a word, the output or a
/// history. CSI (ESC [ … final), SS3 (ESC O x), OSC and other strings (ESC ] … BEL or ESC \) and ESC x are known.
/// </summary>
internal sealed class EscapeSequenceFilter
{
    private State state;

    private enum State
    {
        Text,
        Escape,
        Csi,
        OneMore,
        String,
        StringEscape,
    }

    public static string Strip(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (!line.Contains('\x1b', StringComparison.Ordinal) && !line.Contains('\x9b', StringComparison.Ordinal))
        {
            return line;
        }

        var filter = new EscapeSequenceFilter();
        var text = new StringBuilder(line.Length);
        foreach (var c in line.Where(filter.IsText))
        {
            text.Append(c);
        }

        return text.ToString();
    }

    /// <summary>A key from the terminal: true when it is text or an editing key, false when part of a sequence.</summary>
    public bool IsText(ConsoleKeyInfo key)
    {
        // The console may read ESC and the character after it as that character with Alt.
        if (state == State.Text && (key.Modifiers & ConsoleModifiers.Alt) != 0 && key.KeyChar is '[' or ']' or 'O')
        {
            IsText('\x1b');
            return IsText(key.KeyChar);
        }

        // An arrow or another key the console read from its own sequence has no character.
        return key.KeyChar == '\0' ? state == State.Text : IsText(key.KeyChar);
    }

    /// <summary>True when <paramref name="c"/> is text; false when it belongs to an escape sequence.</summary>
    public bool IsText(char c)
    {
        (state, var text) = (state, c) switch
        {
            // Enter ends any sequence left open, so that a line is never lost in one.
            (_, '\r' or '\n') => (State.Text, true),
            (State.Text, '\x1b') => (State.Escape, false),
            (State.Text, '\x9b') => (State.Csi, false),
            (State.Text, _) => (State.Text, true),
            (State.Escape, '[') => (State.Csi, false),
            (State.Escape, 'O') => (State.OneMore, false),
            (State.Escape, ']' or 'P' or 'X' or '^' or '_') => (State.String, false),
            (State.Escape, '\x1b') => (State.Escape, false),
            (State.Escape, _) => (State.Text, false),
            (State.Csi, >= ' ' and <= '?') => (State.Csi, false),
            (State.Csi, >= '@' and <= '~') => (State.Text, false),
            (State.Csi, _) => (State.Text, true),
            (State.OneMore, _) => (State.Text, false),
            (State.String, '\a') => (State.Text, false),
            (State.String, '\x1b') => (State.StringEscape, false),
            (State.String, _) => (State.String, false),
            _ => (State.Text, false),
        };
        return text;
    }
}
