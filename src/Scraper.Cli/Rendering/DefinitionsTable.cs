using Scraper.Benchmark;
using Spectre.Console;

namespace Scraper.Cli.Rendering;

/// <summary>
/// One line per word: headword, part of speech and first definition, or the status of a word not found (in yellow).
/// The definition is cut with an ellipsis to what the terminal's width leaves, so each word stays on one line.
/// </summary>
internal static class DefinitionsTable
{
    // Rounded borders: one rule per column plus one, and one space of padding either side of each cell.
    private const int Chrome = 5 + (4 * 2);
    private const int MaxWordWidth = 16;
    private const int MaxPartOfSpeechWidth = 12;
    private const int MinDefinitionWidth = 12;

    public static Table Build(IReadOnlyList<DefinitionRow> rows, int consoleWidth, BenchGlyphs glyphs)
    {
        var word = Width(rows.Select(row => row.Word), "Word", MaxWordWidth);
        var headword = Width(rows.Select(row => row.Headword), "Headword", MaxWordWidth);
        var partOfSpeech = Width(rows.Select(row => row.PartOfSpeech), "POS", MaxPartOfSpeechWidth);
        var definition = Math.Max(MinDefinitionWidth, consoleWidth - Chrome - word - headword - partOfSpeech);

        var table = new Table().Border(TableBorder.Rounded).Title("Definitions")
            .AddColumns("Word", "Headword", "POS", "First definition");
        foreach (var row in rows)
        {
            var text = Markup.Escape(Truncate(row.Definition, definition, glyphs));
            table.AddRow(
                Markup.Escape(Truncate(row.Word, word, glyphs)),
                Markup.Escape(Truncate(row.Headword, headword, glyphs)),
                Markup.Escape(Truncate(row.PartOfSpeech, partOfSpeech, glyphs)),
                row.Found ? text : $"[yellow]{text}[/]");
        }

        return table;
    }

    private static int Width(IEnumerable<string> values, string header, int max) =>
        Math.Min(max, values.Select(value => value.Length).Append(header.Length).Max());

    private static string Truncate(string text, int width, BenchGlyphs glyphs)
    {
        if (text.Length <= width)
        {
            return text;
        }

        var cut = Math.Max(width - glyphs.Ellipsis.Length, 0);
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut].TrimEnd() + glyphs.Ellipsis;
    }
}
