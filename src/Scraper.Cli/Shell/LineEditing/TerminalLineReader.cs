using System.Globalization;

namespace Scraper.Cli.Shell;

/// <summary>
/// The line editor of a terminal, over Console.ReadKey: left/right, Home/End, Backspace/Delete, up/down through the
/// history, Ctrl+A/E/B/F/P/N/U/K as in readline; Ctrl+C clears the line, Ctrl+D on an empty line ends input.
/// The prompt and the line are drawn on stderr; a line longer than the terminal scrolls sideways within one row.
/// </summary>
internal sealed class TerminalLineReader(TextWriter screen, ShellHistoryFile file) : ILineReader
{
    private readonly List<string> lines = [.. file.Load()];

    public string? ReadLine(string prompt)
    {
        var line = new LineBuffer();
        var recall = new LineRecall(lines);
        var view = new LineView(screen, prompt);
        var escapes = new EscapeSequenceFilter();
        var treatControlC = Console.TreatControlCAsInput;

        // Ctrl+C at the prompt is a key that clears the line; during a lookup it is SIGINT again (ShellInterrupts).
        Console.TreatControlCAsInput = true;
        try
        {
            view.Draw(line);
            while (true)
            {
                var key = Console.ReadKey(intercept: true);
                if (!escapes.IsText(key))
                {
                    continue;
                }

                switch (LineKeys.Of(key))
                {
                    case LineKey.Enter:
                        view.Finish();
                        return Text(line.ToString());
                    case LineKey.EndOfInput when line.Length == 0:
                        view.Finish();
                        return null;
                    case LineKey.EndOfInput or LineKey.Delete:
                        line.Delete();
                        break;
                    case LineKey.Clear:
                        // ^C after the line's end, not over its text wherever the cursor was.
                        line.End();
                        view.Draw(line);
                        view.Cancel();
                        line = new LineBuffer();
                        recall = new LineRecall(lines);
                        break;
                    case LineKey.Older when recall.Older(line.ToString()) is { } older:
                        line.Set(older);
                        break;
                    case LineKey.Newer when recall.Newer() is { } newer:
                        line.Set(newer);
                        break;
                    case LineKey.Insert:
                        line.Insert(key.KeyChar);
                        break;
                    default:
                        LineKeys.Move(LineKeys.Of(key), line);
                        break;
                }

                view.Draw(line);
            }
        }
        finally
        {
            Console.TreatControlCAsInput = treatControlC;
        }
    }

    // The console decodes what is typed as UTF-8 and turns a bad byte into U+FFFD: such a line is refused as a piped
    // one is (PlainLineReader), not looked up as what is left of it.
    private static string Text(string line)
    {
        var bad = line.IndexOf('\uFFFD', StringComparison.Ordinal);
        return bad < 0 ? line : throw new ShellInputException(string.Create(CultureInfo.InvariantCulture, $"it is not UTF-8 text (bad bytes at character {bad + 1} of the line)"));
    }

    public void Remember(string line)
    {
        if (line.Length > 0 && (lines.Count == 0 || lines[^1] != line))
        {
            lines.Add(line);
            if (lines.Count > ShellHistoryFile.MaxLines)
            {
                lines.RemoveAt(0);
            }

            file.Append(line);
        }
    }
}
