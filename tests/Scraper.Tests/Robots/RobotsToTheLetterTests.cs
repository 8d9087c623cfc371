using Scraper.Results;
using Scraper.Lookup;
using System.Text;
using Scraper.Fetching;
using Scraper.Robots;
using Scraper.Tests.Support;
using Serilog.Core;

namespace Scraper.Tests.Robots;

/// <summary>robots.txt read as RFC 9309 writes it: any of its line ends (§2.2), and the first 500 KiB of a larger file (§2.5).</summary>
public sealed class RobotsToTheLetterTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("\r")]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r\n\r")]
    public void Lines_ended_by_CR_LF_or_CRLF_are_read_alike(string end)
    {
        // Arrange
        var text = string.Join(end, "User-agent: *", "Disallow: /private", "Allow: /private/open", "", "User-agent: other", "Disallow: /");

        // Act
        var rules = RobotsParser.Parse(Encoding.UTF8.GetBytes(text), "scraper");

        // Assert
        Assert.False(rules.Allows("/private/page"));
        Assert.True(rules.Allows("/private/open/page"));
        Assert.True(rules.Allows("/public"));
    }

    [Fact]
    public void Of_a_file_larger_than_500_KiB_the_rules_read_are_used_and_a_line_cut_at_the_limit_is_not()
    {
        // Arrange: the rules first, then padding that ends in a rule cut at 500 KiB ("Disallow: /" of "/zzz...")
        var head = "User-agent: *\nDisallow: /secret\n";
        var padding = new StringBuilder(head);
        while (padding.Length < RobotsParser.MaxBytes - 11)
        {
            padding.Append("# padding\n");
        }

        padding.Length = RobotsParser.MaxBytes - 11;
        padding.Append("\nDisallow: /").Append('z', 1000).Append('\n');

        // Act
        var rules = RobotsParser.Parse(Encoding.UTF8.GetBytes(padding.ToString()), "scraper");

        // Assert
        Assert.False(rules.Allows("/secret/page"));
        Assert.True(rules.Allows("/open"));
    }

    [Fact]
    public async Task A_robots_txt_over_the_page_cap_is_read_in_part_and_obeyed_not_taken_to_disallow_the_host()
    {
        // Arrange: 9 MB, over the 8 MB cap of a page
        var robots = "User-agent: scraper\rDisallow: /secret\r" + new string('#', 9 * 1024 * 1024) + "\n";
        await using var server = await FixtureServer.StartAsync(Cancellation);
        server.Otherwise(FixtureResponse.Page("florp_1.html")).Script("/robots.txt", FixtureResponse.Html(robots));
        using var session = Engine.Session(new FetchOptions { ObeyRobots = true, Retries = 0 });
        var fetcher = session.Fetcher;

        // Act
        var secret = await fetcher.FetchAsync(new Uri(server.BaseUrl, "/secret/page"), Cancellation);
        var open = await fetcher.FetchAsync(new Uri(server.BaseUrl, "/open/page"), Cancellation);
        var blocking = LookupSession.LookupBlocking(session.Site("macmillan-uk", server.BaseUrl), "other", Cancellation);

        // Assert: the blocking form of the engine reads the same part of it.
        Assert.Equal(FetchFailure.Disallowed, secret.Failure);
        Assert.Equal((200, LookupStatus.Found), (open.StatusCode, blocking.Status));
        Assert.Equal(["/open/page", JsonResults.Prefix + "other"], server.RequestTargets);
    }
}
