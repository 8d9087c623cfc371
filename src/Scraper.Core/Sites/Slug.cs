using System.Globalization;
using System.Text;
using Scraper.Keywords;
using Scraper.Results;

namespace Scraper.Sites;

/// <summary>Turns a keyword into the one path segment of its page URL.</summary>
public static class Slug
{
    public static string Make(string keyword, SlugRule rule)
    {
        ArgumentNullException.ThrowIfNull(keyword);
        return rule switch
        {
            SlugRule.Dashed => Dashed(keyword),
            SlugRule.Title => Escaped(keyword, '_'),
            SlugRule.Escaped => Escaped(keyword, ' '),
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "unknown slug rule"),
        };
    }

    private static string Dashed(string keyword)
    {
        var builder = new StringBuilder(keyword.Length);
        var pendingDash = false;
        foreach (var c in UnicodeForm.Normalize(keyword, NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingDash)
                {
                    builder.Append('-');
                    pendingDash = false;
                }

                builder.Append(lower);
            }
            else
            {
                pendingDash = builder.Length > 0;
            }
        }

        return builder.ToString();
    }

    // The word as typed, percent-encoded, with spaces as "_" for a MediaWiki title (it treats "_" and " " alike)
    // or as "%20"; control and bidi characters can't be in either. "." and ".." are encoded by hand because EscapeDataString leaves dots alone and they would be dot-segments.
    private static string Escaped(string keyword, char space)
    {
        var text = UnicodeForm.Normalize(CleanText.Of(keyword), NormalizationForm.FormC).Replace(' ', space);
        return text switch
        {
            "." => "%2E",
            ".." => "%2E%2E",
            _ => Uri.EscapeDataString(text),
        };
    }
}
