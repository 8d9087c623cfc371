using System.Text;
using System.Text.RegularExpressions;
using Scraper.Results;

namespace Scraper.Output;

/// <summary>
/// Page text as literal Markdown text: whitespace collapsed to one line, every character that marks up inline text
/// backslash-escaped, and a start that would open a block (a list, a heading, a quote) escaped too.
/// </summary>
internal static partial class MarkdownText
{
    public static string Escape(string? text)
    {
        var clean = CleanText.Of(text);
        var builder = new StringBuilder(clean.Length + 8);
        for (var i = 0; i < clean.Length; i++)
        {
            var c = clean[i];

            // '#' anywhere: a run of them ending a heading's text is its closing sequence, which a viewer drops.
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~' or '&' or '#' or '@' || StartsAutolink(clean, i))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        var escaped = builder.ToString();
        return BlockStart().Match(escaped) is { Success: true } start
            ? escaped[..(start.Length - 1)] + "\\" + escaped[(start.Length - 1)..]
            : escaped;
    }

    // GitHub's autolink extension makes a link of "https://…", "www.…" and "me@host" in plain text; an escaped
    // ':' of "://", '.' of "www." or '@' (above) shows the same text and is no longer a link.
    private static bool StartsAutolink(string text, int i) =>
        (text[i] == ':' && text.AsSpan(i + 1).StartsWith("//", StringComparison.Ordinal))
        || (text[i] == '.' && i >= 3 && text.AsSpan(i - 3, 3).Equals("www", StringComparison.OrdinalIgnoreCase));

    // "- x", "+ x", "= x", "12. x", "3) x": text that would be read as a list or a setext underline.
    [GeneratedRegex(@"^(?:[-+=]|\d{1,9}[.)])")]
    private static partial Regex BlockStart();
}
