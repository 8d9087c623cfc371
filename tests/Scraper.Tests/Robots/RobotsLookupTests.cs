using Scraper.LocalSite;
using Scraper.Tests.Support;

namespace Scraper.Tests.Robots;

/// <summary>Lookups that meet a robots.txt, against real servers on 127.0.0.1, judged by what the servers saw.</summary>
public sealed class RobotsLookupTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_disallowed_word_is_blocked_and_never_requested_and_robots_txt_is_asked_once()
    {
        // Arrange: the scraper group disallows hello and every word starting "ru"; the * group (which the tool must
        // not obey, since a group names it) would disallow love.
        await using var site = await Scraper.LocalSite.LocalSite.StartAsync(
            new LocalSiteOptions { RobotsTxt = "User-agent: *\nDisallow: /us/dictionary/american/love\n\nUser-agent: Scraper\nDisallow: /us/dictionary/american/hello\nDisallow: /us/dictionary/american/ru\n" },
            Cancellation);

        // Act: eight slots, so the three words ask for the host's robots.txt at once.
        var run = await CliRun.RunAsync("lookup", "love", "hello", "run", "--base-url", site.BaseUrl.AbsoluteUri, "--homographs", "first", "-c", "8", "--format", "json");

        // Assert
        var results = JsonResults.FromArray(run.Out).ToDictionary(r => r.GetProperty("keyword").GetString()!);
        Assert.Equal("found", results["love"].Status());
        foreach (var word in new[] { "hello", "run" })
        {
            Assert.Equal("blocked", results[word].Status());
            Assert.Equal("disallowed by robots.txt", results[word].GetProperty("error").GetString());
            Assert.Equal(0, results[word].Attempts());
        }

        var stats = site.GetStats();
        Assert.Equal(1, stats.RobotsRequests);
        Assert.Equal(["/us/dictionary/american/love"], stats.AttemptsByPath.Keys);
        Assert.Equal(3, run.ExitCode);
    }

    [Fact]
    public async Task A_missing_robots_txt_allows_every_page()
    {
        // Arrange
        await using var server = await FixtureServer.StartAsync(Cancellation);
        server.Otherwise(FixtureResponse.Page("florp_1.html")).Script("/robots.txt", FixtureResponse.WithStatus(404));

        // Act
        var run = await CliRun.LookupAsync(server, "florp", "--homographs", "first", "--format", "json");

        // Assert
        Assert.Equal("found", JsonResults.Single(run.Out).Status());
        Assert.Equal((1, 1), (server.RequestsTo("/robots.txt"), server.RequestsTo("/dictionary/british/florp")));
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task A_robots_txt_answering_503_disallows_the_whole_host_for_the_run_with_one_warning()
    {
        // Arrange
        await using var server = await FixtureServer.StartAsync(Cancellation);
        server.Otherwise(FixtureResponse.Page("florp_1.html")).Script("/robots.txt", FixtureResponse.WithStatus(503));

        // Act
        var run = await CliRun.LookupAsync(server, "florp", "calm", "quiet", "--homographs", "first", "--format", "json");

        // Assert: no page was asked for, robots.txt once, and one warning that says why.
        Assert.All(JsonResults.FromArray(run.Out), r => Assert.Equal("disallowed by robots.txt", r.GetProperty("error").GetString()));
        Assert.Equal(0, server.TotalRequests);
        Assert.Equal(1, server.RequestsTo("/robots.txt"));
        var warning = Assert.Single(run.ErrorLines, l => l.Contains("robots.txt answered HTTP 503", StringComparison.Ordinal));
        Assert.Contains("treated as disallowed for this run", warning, StringComparison.Ordinal);
        Assert.Equal(3, run.ExitCode);
    }

    [Fact]
    public async Task A_crawl_delay_slower_than_the_rate_in_force_spaces_the_hosts_requests()
    {
        // Arrange: no --rate; robots.txt asks for 0.4 s between requests.
        await using var server = await FixtureServer.StartAsync(Cancellation);
        server.Otherwise(FixtureResponse.Page("florp_1.html")).Script("/robots.txt", FixtureResponse.Html("User-agent: *\nCrawl-delay: 0.4\n"));
        var words = new[] { "one", "two", "three", "four" };

        // Act
        var run = await CliRun.LookupAsync(server, [.. words, "--homographs", "first", "-c", "4", "--format", "json"]);

        // Assert: by the server's clock, robots.txt first, then each page at least a delay after the one before.
        Assert.Equal(0, run.ExitCode);
        var robots = Assert.Single(server.ArrivalsAt("/robots.txt"));
        var pages = words.Select(w => Assert.Single(server.ArrivalsAt($"/dictionary/british/{w}"))).Order().ToList();
        var gaps = pages.Zip([robots, .. pages], (later, earlier) => (later - earlier).TotalSeconds).ToList();
        Assert.All(gaps, gap => Assert.True(gap >= 0.35, $"requests {gap:0.000} s apart, under the 0.4 s Crawl-delay"));
        Assert.Contains(run.ErrorLines, l => l.Contains("Crawl-delay of 0.4 s", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ignore_robots_fetches_what_robots_txt_disallows_without_reading_it_and_says_so_once()
    {
        // Arrange
        await using var site = await Scraper.LocalSite.LocalSite.StartAsync(new LocalSiteOptions { RobotsTxt = "User-agent: *\nDisallow: /\n" }, Cancellation);

        // Act
        var run = await CliRun.RunAsync("lookup", "love", "hello", "--base-url", site.BaseUrl.AbsoluteUri, "--homographs", "first", "--ignore-robots", "--format", "json");

        // Assert
        Assert.All(JsonResults.FromArray(run.Out), r => Assert.Equal("found", r.Status()));
        Assert.Equal(0, site.GetStats().RobotsRequests);
        Assert.Single(run.ErrorLines, l => l.Contains("--ignore-robots", StringComparison.Ordinal));
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task Check_obeys_robots_txt_too()
    {
        // Arrange
        await using var site = await Scraper.LocalSite.LocalSite.StartAsync(new LocalSiteOptions { RobotsTxt = "User-agent: scraper\nDisallow: /\n" }, Cancellation);

        // Act
        var run = await CliRun.RunAsync("check", "--base-url", site.BaseUrl.AbsoluteUri);

        // Assert
        Assert.Contains(run.OutLines, l => l.EndsWith(": blocked: disallowed by robots.txt", StringComparison.Ordinal));
        Assert.Empty(site.GetStats().AttemptsByPath);
        Assert.Equal(3, run.ExitCode);
    }

    [Fact]
    public async Task Serve_with_an_unreadable_robots_file_is_a_usage_error()
    {
        // Act
        var run = await CliRun.RunAsync("serve", "--robots", "/nonexistent/robots.txt", "--port", "0");

        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--robots: cannot read '/nonexistent/robots.txt'", run.Error, StringComparison.Ordinal);
    }
}
