using System.Globalization;

namespace Scraper.Robots;

/// <summary>The rules and Crawl-delay of every group that names one user-agent, combined (RFC 9309 §2.2.1).</summary>
internal sealed class RobotsGroup
{
    public bool Named { get; set; }

    public List<RobotsRule> Rules { get; } = [];

    public TimeSpan? CrawlDelay { get; private set; }

    public void Add(string key, string value)
    {
        if (key == "crawl-delay")
        {
            if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and <= 86_400)
            {
                CrawlDelay = TimeSpan.FromSeconds(Math.Max(seconds, CrawlDelay?.TotalSeconds ?? 0));
            }

            return;
        }

        // An empty Disallow disallows nothing (§2.2.2); an empty Allow allows nothing more.
        if (value.Length > 0)
        {
            Rules.Add(new RobotsRule(key == "allow", RobotsPath.OfRule(value)));
        }
    }
}
