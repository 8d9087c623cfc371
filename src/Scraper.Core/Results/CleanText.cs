using System.Text;

namespace Scraper.Results;

/// <summary>
/// Text as it may reach a terminal or a file: control and bidi-override characters removed,
/// every run of whitespace collapsed to one space, trimmed.
/// </summary>
public static class CleanText
{
    public static string Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (IsUnsafe(c))
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    // Control characters (ESC starts terminal escape sequences) and the format characters that
    // reorder or hide text (bidi overrides, zero-width joiners used for spoofing) never belong in a word.
    private static bool IsUnsafe(char c) =>
        char.IsControl(c) || c is >= '\u200B' and <= '\u200F' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\uFEFF';
}
