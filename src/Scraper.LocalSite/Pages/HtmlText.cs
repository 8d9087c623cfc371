using System.Text;

namespace Scraper.LocalSite.Pages;

/// <summary>HTML-encoding of text and the links that real dictionary pages put on some of its words.</summary>
internal static class HtmlText
{
    public static string Encode(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        Append(builder, text);
        return builder.ToString();
    }

    public static StringBuilder Append(StringBuilder builder, string text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                _ => builder.Append(c),
            };
        }

        return builder;
    }

    /// <summary>
    /// Writes the text with its longer plain words linked to their own pages, as Macmillan did: in definitions as
    /// <c>a.QUERY</c>, in examples wrapped in <c>span.EXAMPLE</c> (which is why <c>.EXAMPLE</c> alone over-matches).
    /// The text content stays exactly <paramref name="text"/>.
    /// </summary>
    public static void AppendLinked(StringBuilder builder, string text, PageContext context, bool inExample)
    {
        var words = text.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            var word = words[i];
            if (!IsLinkable(word))
            {
                Append(builder, word);
            }
            else if (inExample)
            {
                builder.Append($"<span class=\"EXAMPLE\"><a href=\"{context.Url(word)}\" title=\"{word}\">{word}</a></span>");
            }
            else
            {
                builder.Append($"<a href=\"{context.Url(word)}\" class=\"QUERY\" title=\"{word}\">{word}</a>");
            }
        }
    }

    private static bool IsLinkable(string word) => word.Length >= 6 && word.All(char.IsAsciiLetterLower);
}
