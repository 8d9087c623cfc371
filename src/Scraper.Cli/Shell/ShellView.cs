using Scraper.Cli.Rendering;
using Scraper.Output;
using Scraper.Results;
using Spectre.Console;

namespace Scraper.Cli.Shell;

/// <summary>
/// What the shell prints: each word's result on stdout (the table of `lookup`, or a JSON line), everything else
/// (messages, help, the cancelled line) on stderr, so that `scraper shell &lt; words.txt &gt; out.txt` holds results only.
/// </summary>
internal sealed class ShellView(CliConsole console)
{
    /// <summary>
    /// A word's results, one per site in site order: as `lookup` prints one site or several on a terminal, with the
    /// "Did you mean" <paramref name="suggestions"/> numbered; or one JSON line per result.
    /// </summary>
    public void Show(IReadOnlyList<LookupResult> results, IReadOnlyList<string> suggestions, ShellFormat format)
    {
        ArgumentNullException.ThrowIfNull(results);
        var ansi = Terminal.Create(console.Out, console.OutputIsTerminal, wrapWhenRedirected: false);
        if (format == ShellFormat.Json)
        {
            results.ToList().ForEach(r => console.Out.WriteLine(ResultJson.Serialize(r)));
        }
        else if (results.Count > 1)
        {
            // Each site says it did not find the word; their suggestions come once, merged and numbered, below.
            ResultTableRenderer.RenderBySite(ansi, suggestions.Count > 0 ? [.. results.Select(r => r with { Suggestions = [] })] : results);
            if (suggestions.Count > 0)
            {
                WriteNumbered(ansi, suggestions);
            }
        }
        else if (results[0] is { Status: LookupStatus.NotFound, Suggestions.Count: > 0 } notFound)
        {
            var error = notFound.Error is { Length: > 0 } reason ? $" ({Markup.Escape(reason)})" : "";
            ansi.MarkupLine($"[yellow]{Markup.Escape(notFound.Keyword)}[/]: not in the dictionary{error}");
            WriteNumbered(ansi, suggestions);
        }
        else
        {
            ResultTableRenderer.Render(ansi, results[0]);
        }

        console.Out.Flush();
    }

    /// <summary>One line on stderr: a message of the shell, never a result; on a terminal, wrapped between words.</summary>
    public void Say(string line)
    {
        Terminal.Create(console.Error, console.ErrorIsTerminal, wrapWhenRedirected: false).WriteLine(line);
        console.Error.Flush();
    }

    // Each suggestion numbered: typing its number at the next prompt looks it up. Each suggestion with its number as
    // one cell of columns, so that a wrapped list never parts a number from its word.
    private static void WriteNumbered(IAnsiConsole ansi, IReadOnlyList<string> suggestions)
    {
        var numbered = suggestions.Select((word, i) => new Markup($"[bold]{i + 1}[/] {Markup.Escape(word)}"));
        var grid = new Grid();
        grid.AddColumn(new GridColumn().NoWrap().Padding(2, 0, 1, 0));
        grid.AddColumn(new GridColumn().Padding(0, 0, 0, 0));
        grid.AddRow(new Markup("Did you mean:"), new Columns(numbered) { Expand = false, Padding = new Padding(0, 0, 2, 0) });
        ansi.Write(grid);
        ansi.WriteLine();
    }
}
