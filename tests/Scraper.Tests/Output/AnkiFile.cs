using System.Net;
using System.Text;

namespace Scraper.Tests.Output;

/// <summary>
/// An Anki text file read back by the rules of Anki's own importer (rslib, import_export/text/csv): the leading lines
/// that start with '#' are "#key:value" settings (the key trimmed and lower-cased); after them the notes are CSV
/// records split by the separator the settings name, where a line starting with '#' is a comment and a field starting
/// with '"' is a quoted field that may hold the separator, line breaks and doubled quotes.
/// </summary>
internal sealed record AnkiFile(IReadOnlyList<string> Headers, IReadOnlyDictionary<string, string> Settings, IReadOnlyList<string[]> Notes)
{
    /// <summary>The settings Anki's importer knows; any other key is ignored by Anki, so a typo would pass silently.</summary>
    public static readonly string[] KnownKeys =
        ["separator", "html", "tags", "columns", "notetype", "deck", "notetype column", "deck column", "tags column", "guid column"];

    private static readonly Dictionary<string, char> Separators = new(StringComparer.Ordinal)
    {
        ["comma"] = ',', ["semicolon"] = ';', ["tab"] = '\t', ["space"] = ' ', ["pipe"] = '|', ["colon"] = ':',
    };

    public static AnkiFile Parse(string text)
    {
        Assert.True(text.Length == 0 || text.EndsWith('\n'), "the file ends with a whole line");
        var lines = text.Split('\n')[..^1];
        var headers = lines.TakeWhile(l => l.StartsWith('#')).ToList();
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var header in headers)
        {
            var colon = header.IndexOf(':', StringComparison.Ordinal);
            Assert.True(colon > 0, $"the header line '{header}' is key:value");
            settings[header[1..colon].Trim().ToLowerInvariant()] = header[(colon + 1)..];
        }

        var separator = Separator(settings);
        var body = string.Join('\n', lines.Skip(headers.Count)) + (lines.Length > headers.Count ? "\n" : "");
        var notes = Records(body, separator);
        Assert.All(notes, n => Assert.Equal(4, n.Length));
        return new AnkiFile(headers, settings, notes);
    }

    /// <summary>The separator as Anki reads "#separator:": a name (any case, spaces trimmed) or the character itself.</summary>
    public static char Separator(IReadOnlyDictionary<string, string> settings)
    {
        Assert.True(settings.TryGetValue("separator", out var value), "the file names its separator");
        return Separators.TryGetValue(value.Trim().ToLowerInvariant(), out var named) ? named
            : value.Length == 1 ? value[0]
            : throw new Xunit.Sdk.XunitException($"Anki does not know the separator '{value}'");
    }

    /// <summary>A field's text as Anki shows it: line breaks for &lt;br&gt;, entities decoded, other markup dropped.</summary>
    public static string Shown(string field) =>
        WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(field.Replace("<br>", "\n", StringComparison.Ordinal), "<[^>]*>", " "));

    /// <summary>CSV records as the csv crate reads them with Anki's options (no header row, flexible, '#' comments).</summary>
    public static List<string[]> Records(string text, char separator)
    {
        var records = new List<string[]>();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '#')
            {
                i = text.IndexOf('\n', i) is var end and >= 0 ? end + 1 : text.Length;
                continue;
            }

            var fields = new List<string>();
            while (true)
            {
                var field = new StringBuilder();
                if (i < text.Length && text[i] == '"')
                {
                    for (i++; i < text.Length; i++)
                    {
                        if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i++;
                        }
                        else if (text[i] == '"')
                        {
                            i++;
                            break;
                        }
                        else
                        {
                            field.Append(text[i]);
                        }
                    }
                }

                while (i < text.Length && text[i] != separator && text[i] != '\n')
                {
                    field.Append(text[i++]);
                }

                fields.Add(field.ToString().TrimEnd('\r'));
                if (i >= text.Length || text[i] == '\n')
                {
                    i++;
                    break;
                }

                i++;
            }

            records.Add([.. fields]);
        }

        return records;
    }
}
