using System.Text;

namespace Scraper.Robots;

/// <summary>
/// Reads a robots.txt as RFC 9309 §2 describes it: groups of user-agent lines followed by their Allow and Disallow
/// rules; every group naming the crawler's product token (case-insensitively) is combined, and the * groups apply
/// only when none does. Comments, unknown keys and rules before the first user-agent line are ignored. Lines end with
/// CR, LF or CRLF (§2.2's EOL). Of a larger file, the first <see cref="MaxBytes"/> are read and used (§2.5).
/// </summary>
internal static class RobotsParser
{
    /// <summary>What is read of a robots.txt: §2.5 asks crawlers to parse at least the first 500 KiB.</summary>
    public const int MaxBytes = 500 * 1024;

    private static readonly string[] LineEnds = ["\r\n", "\r", "\n"];

    /// <summary>The rules of a robots.txt as fetched: at most <see cref="MaxBytes"/> of it, a line cut there dropped.</summary>
    public static RobotsRules Parse(ReadOnlySpan<byte> content, string productToken)
    {
        if (content.Length >= MaxBytes)
        {
            // The file goes on past what was read: its last line may be cut ("Disallow: /pri" of "/private/"), so it is not used.
            var lastEnd = content[..MaxBytes].LastIndexOfAny((byte)'\n', (byte)'\r');
            content = lastEnd < 0 ? [] : content[..(lastEnd + 1)];
        }

        return Parse(Encoding.UTF8.GetString(content), productToken);
    }

    public static RobotsRules Parse(string text, string productToken)
    {
        var own = new RobotsGroup();
        var any = new RobotsGroup();
        var agents = new List<string>();
        var inRules = false;
        // Many files start with a UTF-8 byte order mark, which would otherwise hide the first line's key.
        foreach (var rawLine in text.TrimStart('\uFEFF').Split(LineEnds, StringSplitOptions.None))
        {
            var line = StripComment(rawLine).Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key is "user-agent")
            {
                // A user-agent line after rules starts a new group.
                if (inRules)
                {
                    agents.Clear();
                    inRules = false;
                }

                var agent = ProductToken(value);
                agents.Add(agent);

                // A group that names the tool is the tool's even with no rules: it then allows everything (§2.2.1).
                own.Named |= agent.Equals(productToken, StringComparison.OrdinalIgnoreCase);
                any.Named |= agent == "*";
                continue;
            }

            if (agents.Count == 0 || key is not ("allow" or "disallow" or "crawl-delay"))
            {
                continue;
            }

            inRules = true;
            foreach (var target in Targets(agents, productToken, own, any))
            {
                target.Add(key, value);
            }
        }

        var chosen = own.Named ? own : any;
        return chosen.Named ? new RobotsRules(chosen.Rules, chosen.CrawlDelay) : RobotsRules.AllowAll;
    }

    private static IEnumerable<RobotsGroup> Targets(List<string> agents, string productToken, RobotsGroup own, RobotsGroup any)
    {
        if (agents.Exists(a => a.Equals(productToken, StringComparison.OrdinalIgnoreCase)))
        {
            yield return own;
        }

        if (agents.Contains("*"))
        {
            yield return any;
        }
    }

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? line : line[..hash];
    }

    // "Googlebot/2.1" names the product token Googlebot (§2.2.1: letters, "_" and "-").
    private static string ProductToken(string value)
    {
        var end = 0;
        while (end < value.Length && (char.IsAsciiLetter(value[end]) || value[end] is '_' or '-' or '*'))
        {
            end++;
        }

        return value[..end];
    }
}
