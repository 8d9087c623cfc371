namespace Scraper.Robots;

/// <summary>
/// What one host's robots.txt lets the tool fetch: the rules of the groups that name the tool's product token (or of
/// the * group when none does), and the Crawl-delay they give, if any.
/// </summary>
internal sealed class RobotsRules
{
    private readonly IReadOnlyList<RobotsRule> rules;

    public RobotsRules(IReadOnlyList<RobotsRule> rules, TimeSpan? crawlDelay)
    {
        this.rules = rules;
        CrawlDelay = crawlDelay;
    }

    public static RobotsRules AllowAll { get; } = new([], null);

    /// <summary>Every path but /robots.txt itself: what an unreachable or failing robots.txt means (RFC 9309 §2.3.1.4).</summary>
    public static RobotsRules DisallowAll { get; } = new([new RobotsRule(false, "/")], null);

    /// <summary>
    /// Why the host's name could not be resolved when its robots.txt was asked for; null otherwise. Nothing can be sent
    /// to such a host, so its pages fail as not found rather than as disallowed.
    /// </summary>
    public string? HostNotFound { get; init; }

    /// <summary>The seconds between requests the group asked for (the non-standard but common Crawl-delay).</summary>
    public TimeSpan? CrawlDelay { get; }

    public bool Allows(Uri url) => Allows(RobotsPath.OfUrl(url));

    /// <param name="path">The URL's path and query, normalised by <see cref="RobotsPath.OfUrl"/>.</param>
    public bool Allows(string path)
    {
        // /robots.txt is implicitly allowed (§2.2.2). The most specific match wins; on a tie, Allow (§2.2.2).
        if (path == "/robots.txt")
        {
            return true;
        }

        RobotsRule? best = null;
        foreach (var rule in rules)
        {
            if (rule.Matches(path) && (best is null || rule.Length > best.Length || (rule.Length == best.Length && rule.Allow)))
            {
                best = rule;
            }
        }

        return best?.Allow ?? true;
    }
}
