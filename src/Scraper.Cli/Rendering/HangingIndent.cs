using Spectre.Console;
using Spectre.Console.Rendering;

namespace Scraper.Cli.Rendering;

/// <summary>
/// A numbered or labelled line whose wrapped continuation lines start under its text, not at column 0
/// ("  1. a long definition…" continues under "a"), at whatever width the terminal has.
/// </summary>
internal static class HangingIndent
{
    /// <param name="indent">Columns before the label.</param>
    /// <param name="label">Markup such as "[bold]1.[/]"; the text starts one column after it.</param>
    /// <param name="text">Markup of the text that wraps.</param>
    public static IRenderable Line(int indent, string label, string text)
    {
        var grid = new Grid();
        grid.AddColumn(new GridColumn().NoWrap().Padding(indent, 0, 1, 0));
        grid.AddColumn(new GridColumn().Padding(0, 0, 0, 0));
        grid.AddRow(new Markup(label), new Markup(text));
        return grid;
    }

    /// <summary>Text without a label, every line of it <paramref name="indent"/> columns in.</summary>
    public static IRenderable Block(int indent, string text) => new Padder(new Markup(text), new Padding(indent, 0, 0, 0));
}
