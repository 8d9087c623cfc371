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
    public void Show(LookupResult result, ShellFormat format)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (format == ShellFormat.Json)
        {
            console.Out.WriteLine(ResultJson.Serialize(result));
        }
        else if (result is { Status: LookupStatus.NotFound, Suggestions.Count: > 0 })
        {
            ShowNumbered(Terminal.Create(console.Out, console.OutputIsTerminal, wrapWhenRedirected: false), result);
        }
        else
        {
            ResultTableRenderer.Render(Terminal.Create(console.Out, console.OutputIsTerminal, wrapWhenRedirected: false), result);
        }

        console.Out.Flush();
    }

    /// <summary>One line on stderr: a message of the shell, never a result.</summary>
    public void Say(string line) => console.Error.WriteLine(line);

    // As the table says it, with each suggestion numbered: typing its number at the next prompt looks it up.
    // Each suggestion with its number as one cell of columns, so that a wrapped list never parts a number from its word.
    private static void ShowNumbered(IAnsiConsole ansi, LookupResult result)
    {
        var error = result.Error is { Length: > 0 } reason ? $" ({Markup.Escape(reason)})" : "";
        ansi.MarkupLine($"[yellow]{Markup.Escape(result.Keyword)}[/]: not in the dictionary{error}");
        var numbered = result.Suggestions.Select((word, i) => new Markup($"[bold]{i + 1}[/] {Markup.Escape(word)}"));
        var grid = new Grid();
        grid.AddColumn(new GridColumn().NoWrap().Padding(2, 0, 1, 0));
        grid.AddColumn(new GridColumn().Padding(0, 0, 0, 0));
        grid.AddRow(new Markup("Did you mean:"), new Columns(numbered) { Expand = false, Padding = new Padding(0, 0, 2, 0) });
        ansi.Write(grid);
        ansi.WriteLine();
    }
}
