namespace Scraper.Robots;

/// <summary>
/// One Allow or Disallow line of a group: a path pattern matched from the start of the URL's path and query, where
/// * matches any run of characters and a final $ anchors the end (RFC 9309 §2.2.3).
/// </summary>
internal sealed record RobotsRule(bool Allow, string Pattern)
{
    /// <summary>How specific the rule is: its pattern's length in octets, as the RFC measures the longest match.</summary>
    public int Length => Pattern.Length;

    public bool Matches(string path)
    {
        var anchored = Pattern.EndsWith('$');
        var pattern = anchored ? Pattern.AsSpan(0, Pattern.Length - 1) : Pattern.AsSpan();
        return Match(pattern, path.AsSpan(), anchored);
    }

    // The classic wildcard walk: remember the last * and how far the text it swallowed reached, and on a mismatch
    // let that * swallow one character more. Linear in practice, and never exponential.
    private static bool Match(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text, bool anchored)
    {
        int p = 0, t = 0, star = -1, swallowed = 0;
        while (t < text.Length)
        {
            if (p == pattern.Length && !anchored)
            {
                return true;
            }

            if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                swallowed = t;
            }
            else if (p < pattern.Length && pattern[p] == text[t])
            {
                p++;
                t++;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++swallowed;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
