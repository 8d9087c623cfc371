using System.Net;

namespace Scraper.Tests.Output;

/// <summary>An Anki text file read back as Anki reads it: the leading # header lines, then one note per line, fields split on tabs.</summary>
internal sealed record AnkiFile(IReadOnlyList<string> Headers, IReadOnlyList<string[]> Notes)
{
    public static AnkiFile Parse(string text)
    {
        Assert.True(text.Length == 0 || text.EndsWith('\n'), "the file ends with a whole line");
        var lines = text.Split('\n')[..^1];
        var headers = lines.TakeWhile(l => l.StartsWith('#')).ToList();
        var notes = lines.Skip(headers.Count).Select(l => l.Split('\t')).ToList();
        Assert.All(notes, n => Assert.Equal(4, n.Length));
        return new AnkiFile(headers, notes);
    }

    /// <summary>A field's text as Anki shows it: line breaks for &lt;br&gt;, entities decoded, other markup dropped.</summary>
    public static string Shown(string field) =>
        WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(field.Replace("<br>", "\n", StringComparison.Ordinal), "<[^>]*>", " "));
}
