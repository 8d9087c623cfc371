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
        foreach (var c in clean)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~' or '&')
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

    // "- x", "+ x", "# x", "= x", "12. x", "3) x": text that would be read as a list, a heading or a setext underline.
    [GeneratedRegex(@"^(?:[-+#=]|\d{1,9}[.)])")]
    private static partial Regex BlockStart();
}
