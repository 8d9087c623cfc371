using System.Text;

namespace Scraper.Cli.Shell;

/// <summary>The line being edited at the prompt and where the cursor is in it; the terminal is drawn from it.</summary>
internal sealed class LineBuffer
{
    private readonly StringBuilder text = new();

    public int Cursor { get; private set; }

    public int Length => text.Length;

    public override string ToString() => text.ToString();

    public void Insert(char c)
    {
        text.Insert(Cursor, c);
        Cursor++;
    }

    public void Backspace()
    {
        if (Cursor > 0)
        {
            Cursor--;
            text.Remove(Cursor, 1);
        }
    }

    public void Delete()
    {
        if (Cursor < text.Length)
        {
            text.Remove(Cursor, 1);
        }
    }

    public void Left() => Cursor = Math.Max(0, Cursor - 1);

    public void Right() => Cursor = Math.Min(text.Length, Cursor + 1);

    public void Home() => Cursor = 0;

    public void End() => Cursor = text.Length;

    /// <summary>Ctrl+U: removes what is before the cursor.</summary>
    public void CutToStart()
    {
        text.Remove(0, Cursor);
        Cursor = 0;
    }

    /// <summary>Ctrl+K: removes what is from the cursor on.</summary>
    public void CutToEnd() => text.Length = Cursor;

    /// <summary>Replaces the whole line (a line recalled from history), the cursor at its end.</summary>
    public void Set(string line)
    {
        text.Clear().Append(line);
        Cursor = text.Length;
    }
}
