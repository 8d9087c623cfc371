using System.Text;

namespace Scraper.Results;

/// <summary>
/// Text as it may reach a terminal or a file: control characters (and so every terminal escape sequence's ESC or
/// CSI), bidi-override characters, the noncharacters U+FFFE and U+FFFF (no text, and invalid in XML) and halves of
/// characters removed, every run of whitespace collapsed to one space, trimmed. Everything shown that did not come
/// from the tool itself passes through here: pages, keywords, history files, site files.
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
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) && !IsNoncharacter(char.ConvertToUtf32(c, text[i + 1])))
                {
                    AppendPending(builder, ref pendingSpace).Append(c).Append(text[++i]);
                }
                else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }

                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (IsUnsafe(c))
            {
                continue;
            }

            AppendPending(builder, ref pendingSpace).Append(c);
        }

        return builder.ToString();
    }

    private static StringBuilder AppendPending(StringBuilder builder, ref bool pendingSpace)
    {
        if (pendingSpace)
        {
            builder.Append(' ');
            pendingSpace = false;
        }

        return builder;
    }

    // U+FDD0..U+FDEF and the last two code points of every plane.
    private static bool IsNoncharacter(int codePoint) => codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;

    // Control characters (ESC starts terminal escape sequences) and the format characters that
    // reorder or hide text (bidi overrides, zero-width joiners used for spoofing) never belong in a word.
    private static bool IsUnsafe(char c) =>
        char.IsControl(c) || c is >= '\u200B' and <= '\u200F' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\uFEFF' || IsNoncharacter(c);
}
