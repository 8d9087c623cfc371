using Scraper.Robots;

namespace Scraper.Tests.Robots;

/// <summary>The rules of RFC 9309, with robots.txt files written after the examples of its sections 2.2 and 5.</summary>
public sealed class RobotsParserTests
{
    // Shaped like RFC 9309 §5.1: a * group, a group of one crawler, a group shared by two, and an empty group.
    private const string Groups = """
        User-Agent: *
        Disallow: *.gif$
        Disallow: /example/
        Allow: /publications/

        User-Agent: foobot
        Disallow:/
        Allow:/example/page.html
        Allow:/example/allowed.gif

        User-Agent: barbot
        User-Agent: bazbot
        Disallow: /example/page.html

        User-Agent: quxbot

        EOF
        """;

    [Theory]
    [InlineData("foobot", "/example/page.html", true)]
    [InlineData("foobot", "/example/allowed.gif", true)]
    [InlineData("foobot", "/foo", false)]
    [InlineData("FooBot", "/foo", false)]
    [InlineData("barbot", "/example/page.html", false)]
    [InlineData("bazbot", "/example/page.html", false)]
    [InlineData("barbot", "/example/other.html", true)]
    [InlineData("bazbot", "/picture.gif", true)]
    [InlineData("quxbot", "/example/page.html", true)]
    [InlineData("quxbot", "/picture.gif", true)]
    [InlineData("otherbot", "/picture.gif", false)]
    [InlineData("otherbot", "/picture.gif?size=2", true)]
    [InlineData("otherbot", "/example/index.html", false)]
    [InlineData("otherbot", "/publications/2024.html", true)]
    public void A_crawler_obeys_only_the_groups_that_name_it_or_else_the_star_group(string agent, string path, bool allowed) =>
        Assert.Equal(allowed, RobotsParser.Parse(Groups, agent).Allows(path));

    [Theory]
    [InlineData("/example/page/disallowed.gif", false)]
    [InlineData("/example/page/", true)]
    [InlineData("/example/page/other.html", true)]
    public void The_longest_matching_rule_wins(string path, bool allowed)
    {
        // RFC 9309 §5.2.
        var rules = RobotsParser.Parse("User-Agent: foobot\nAllow: /example/page/\nDisallow: /example/page/disallowed.gif\n", "foobot");

        Assert.Equal(allowed, rules.Allows(path));
    }

    [Fact]
    public void An_allow_and_a_disallow_of_the_same_length_go_to_the_allow() =>
        Assert.True(RobotsParser.Parse("user-agent: scraper\ndisallow: /page\nallow: /page\n", "scraper").Allows("/page"));

    [Theory]
    [InlineData("/this/path/exactly", true)]
    [InlineData("/this/path/exactly/not", false)]
    [InlineData("/this/path/exactly?q=1", false)]
    [InlineData("/this/any/thing/exactly", true)]
    [InlineData("/this/exactly", false)]
    public void A_star_matches_any_run_of_characters_and_a_final_dollar_anchors_the_end(string path, bool allowed)
    {
        // §2.2.3's special characters; everything else disallowed.
        var rules = RobotsParser.Parse("User-agent: *\nDisallow: /\nAllow: /this/path/exactly$ # only this\nAllow: /this/*/exactly$\n", "scraper");

        Assert.Equal(allowed, rules.Allows(path));
    }

    [Theory]
    [InlineData("/foo/bar?baz=quz", "https://example.com/foo/bar?baz=quz")]
    [InlineData("/foo/bar/ツ", "https://example.com/foo/bar/%E3%83%84")]
    [InlineData("/foo/bar/%E3%83%84", "https://example.com/foo/bar/%E3%83%84")]
    [InlineData("/foo/bar/%62%61%7A", "https://example.com/foo/bar/baz")]
    [InlineData("/foo/bar/%e3%83%84", "https://example.com/foo/bar/ツ")]
    [InlineData("/path/file-with-a-%2A.html", "https://example.com/path/file-with-a-*.html")]
    [InlineData("/path/foo-%24", "https://example.com/path/foo-$")]
    public void Percent_encoding_is_made_uniform_before_rules_and_paths_are_compared(string rule, string url)
    {
        // §2.2.2's table of equivalent paths: each rule must match its URL and nothing shorter.
        var rules = RobotsParser.Parse($"User-agent: scraper\nDisallow: {rule}$\n", "scraper");

        Assert.False(rules.Allows(new Uri(url)));
        Assert.True(rules.Allows(new Uri("https://example.com/foo")));
    }

    [Fact]
    public void Comments_unknown_keys_and_rules_before_any_group_are_ignored_and_keys_are_case_blind()
    {
        var rules = RobotsParser.Parse("Disallow: /top\n# a comment\nSitemap: https://example.com/s.xml\nUSER-AGENT: Scraper/1.0 # us\nDISALLOW: /private # why\n", "scraper");

        Assert.True(rules.Allows("/top"));
        Assert.False(rules.Allows("/private/page"));
        Assert.True(rules.Allows("/public"));
    }

    [Fact]
    public void Groups_that_name_the_same_crawler_are_combined_and_the_star_group_then_ignored()
    {
        var rules = RobotsParser.Parse("User-agent: scraper\nDisallow: /a\n\nUser-agent: *\nDisallow: /c\n\nUser-agent: scraper\nDisallow: /b\n", "scraper");

        Assert.False(rules.Allows("/a"));
        Assert.False(rules.Allows("/b"));
        Assert.True(rules.Allows("/c"));
    }

    [Fact]
    public void An_empty_disallow_allows_everything_and_robots_txt_itself_is_always_allowed()
    {
        Assert.True(RobotsParser.Parse("User-agent: *\nDisallow:\n", "scraper").Allows("/anything"));
        Assert.True(RobotsParser.Parse("User-agent: *\nDisallow: /\n", "scraper").Allows("/robots.txt"));
        Assert.True(RobotsRules.DisallowAll.Allows("/robots.txt"));
        Assert.False(RobotsRules.DisallowAll.Allows("/"));
    }

    [Fact]
    public void A_byte_order_mark_before_the_first_group_does_not_hide_it() =>
        Assert.False(RobotsParser.Parse("\uFEFFUser-agent: *\nDisallow: /private\n", "scraper").Allows("/private"));

    [Theory]
    [InlineData("User-agent: scraper\r\nCrawl-delay: 2.5\r\n", 2.5)]
    [InlineData("User-agent: *\nCrawl-delay: 10\n", 10.0)]
    [InlineData("User-agent: other\nCrawl-delay: 10\n", null)]
    [InlineData("User-agent: *\nCrawl-delay: soon\n", null)]
    public void Crawl_delay_is_read_from_the_chosen_group(string text, double? seconds) =>
        Assert.Equal(seconds, RobotsParser.Parse(text, "scraper").CrawlDelay?.TotalSeconds);
}
