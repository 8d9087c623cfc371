using System.Text;

namespace Scraper.Output;

/// <summary>
/// Page text as the text of an HTML field of an Anki note. Every field sits on one line between tabs, so a tab or a
/// line break in the text must never reach the file raw: a tab becomes &amp;#9;, a line break &lt;br&gt;.
/// A double quote becomes &amp;quot;, because Anki reads a field that starts with one as a quoted CSV field.
/// </summary>
internal static class HtmlText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\t' => builder.Append("&#9;"),
                '\r' when i + 1 < text.Length && text[i + 1] == '\n' => builder,
                '\r' or '\n' or '\u2028' or '\u2029' => builder.Append("<br>"),

                // Other control and bidi characters are never meant to be seen: dropped as CleanText drops them.
                _ when IsHidden(c) => builder,
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    private static bool IsHidden(char c) =>
        char.IsControl(c) || c is >= '\u200B' and <= '\u200F' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\uFEFF';
}
