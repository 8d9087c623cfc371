using Scraper.Cli.Commands;
using Scraper.Cli.Remembered;
using Scraper.Cli.Shell;
using Scraper.Results;
using Scraper.Sites;
using Scraper.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Serilog.Core;

namespace Scraper.Tests.Shell;

/// <summary>What a site said for a run does not outlive its use in the shell: a cancelled lookup, a robots.txt that failed.</summary>
public sealed class ShellSessionSiteTests
{
    [Fact]
    public async Task A_lookup_cancelled_while_robots_txt_was_on_its_way_does_not_fail_the_next_words_of_the_site()
    {
        // Arrange: the first robots.txt request never answers; the next says there is none (everything allowed)
        await using var server = await FixtureServer.StartAsync(TestContext.Current.CancellationToken);
        server.Script("/robots.txt", FixtureResponse.Hang, FixtureResponse.WithStatus(404))
            .Serve(JsonResults.Prefix + "florp", "florp_1.html");
        var request = new ShellRequest { Common = CommonValues.Default with { BaseUrls = [server.BaseUrl.AbsoluteUri] }, Homographs = Scraper.Lookup.HomographMode.First };
        using var session = new ShellSession(request, [SiteCatalog.Find("macmillan-uk")!], UserFolders.None, TimeProvider.System, Logger.None);
        using var cancel = new CancellationTokenSource();

        // Act: Ctrl+C while the session waits for robots.txt, then the same word again
        var first = session.LookupAsync("florp", cancel.Token);
        while (server.RequestsTo("/robots.txt") == 0)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        var again = (await session.LookupAsync("florp", TestContext.Current.CancellationToken)).Single();

        // Assert
        Assert.Equal(LookupStatus.Found, again.Status);
        Assert.Equal(2, server.RequestsTo("/robots.txt"));
    }

    [Fact]
    public async Task Two_sites_on_one_host_read_its_robots_txt_once_and_space_their_pages_by_its_rate()
    {
        // Arrange: both sites' pages go to one server, held to one request a second.
        await using var server = await FixtureServer.StartAsync(TestContext.Current.CancellationToken);
        server.Otherwise(FixtureResponse.Page("florp_1.html")).Script("/robots.txt", FixtureResponse.WithStatus(404));
        var request = new ShellRequest
        {
            Common = CommonValues.Default with { BaseUrls = [$"macmillan={server.BaseUrl.AbsoluteUri}", $"macmillan-uk={server.BaseUrl.AbsoluteUri}"] },
            Fetching = FetchingValues.Default with { Rate = 1 },
            Homographs = Scraper.Lookup.HomographMode.First,
        };
        using var session = new ShellSession(request, [SiteCatalog.Find("macmillan")!, SiteCatalog.Find("macmillan-uk")!], UserFolders.None, TimeProvider.System, Logger.None);

        // Act: one word, looked up on both sites at once.
        var results = await session.LookupAsync("florp", TestContext.Current.CancellationToken);

        // Assert: the host's rate holds between robots.txt and the pages, whichever site sent them.
        Assert.All(results, r => Assert.Equal(LookupStatus.Found, r.Status));
        Assert.Equal(1, server.RequestsTo("/robots.txt"));
        var arrivals = server.ArrivalsAt("/robots.txt").Concat(server.ArrivalsAt("/us/dictionary/american/florp")).Concat(server.ArrivalsAt("/dictionary/british/florp")).Order().ToList();
        Assert.Equal(3, arrivals.Count);
        Assert.All(arrivals.Zip(arrivals.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromSeconds(0.9), $"{(pair.Second - pair.First).TotalMilliseconds} ms apart"));
    }

    [Fact]
    public async Task A_word_refused_for_a_robots_txt_that_failed_over_a_minute_ago_reads_it_again_once()
    {
        // Arrange: robots.txt answers 503 first (every page disallowed for the run, RFC 9309), then 404 (none: all allowed)
        await using var server = await FixtureServer.StartAsync(TestContext.Current.CancellationToken);
        server.Script("/robots.txt", FixtureResponse.WithStatus(503), FixtureResponse.WithStatus(404))
            .Serve(JsonResults.Prefix + "florp", "florp_1.html");
        var clock = new FakeTimeProvider();
        var request = new ShellRequest { Common = CommonValues.Default with { BaseUrls = [server.BaseUrl.AbsoluteUri] }, Homographs = Scraper.Lookup.HomographMode.First };
        using var session = new ShellSession(request, [SiteCatalog.Find("macmillan-uk")!], UserFolders.None, clock, Logger.None);

        // Act
        var first = (await session.LookupAsync("florp", TestContext.Current.CancellationToken)).Single();
        clock.Advance(ShellSession.VerdictLifetime - TimeSpan.FromSeconds(1));
        var withinAMinute = (await session.LookupAsync("florp", TestContext.Current.CancellationToken)).Single();
        var robotsAsked = server.RequestsTo("/robots.txt");
        clock.Advance(TimeSpan.FromSeconds(1));
        var afterAMinute = (await session.LookupAsync("florp", TestContext.Current.CancellationToken)).Single();

        // Assert
        Assert.Equal((LookupStatus.Blocked, LookupStatus.Blocked, 1), (first.Status, withinAMinute.Status, robotsAsked));
        Assert.Equal(LookupStatus.Found, afterAMinute.Status);
        Assert.Equal(2, server.RequestsTo("/robots.txt"));
    }
}
