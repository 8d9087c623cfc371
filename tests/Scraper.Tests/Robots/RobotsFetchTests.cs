using Scraper.Results;
using Scraper.Lookup;
using Scraper.Fetching;
using Scraper.Tests.Support;
using Serilog.Core;

namespace Scraper.Tests.Robots;

/// <summary>The page fetcher's robots.txt rule, in the blocking mode the sync benchmark uses and the async one.</summary>
public sealed class RobotsFetchTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_blocking_lookup_obeys_robots_txt_as_the_async_one_does()
    {
        // Arrange
        await using var server = await FixtureServer.StartAsync(Cancellation);
        server.Otherwise(FixtureResponse.Page("florp_1.html")).Script("/robots.txt", FixtureResponse.Html($"User-agent: scraper\nDisallow: {JsonResults.Prefix}secret\n"));
        using var session = Engine.Session(new FetchOptions { ObeyRobots = true, Retries = 0 });
        var lookup = session.Site("macmillan-uk", server.BaseUrl);

        // Act
        var secret = LookupSession.LookupBlocking(lookup, "secret", Cancellation);
        var open = LookupSession.LookupBlocking(lookup, "open", Cancellation);
        var secretAsync = await session.LookupAsync(lookup, "secrets", Cancellation);

        // Assert
        Assert.Equal((LookupStatus.Blocked, "disallowed by robots.txt", 0), (secret.Status, secret.Error, secret.Attempts));
        Assert.Equal(LookupStatus.Blocked, secretAsync.Status);
        Assert.Equal(LookupStatus.Found, open.Status);
        Assert.Equal([JsonResults.Prefix + "open"], server.RequestTargets);
        Assert.Equal(1, server.RequestsTo("/robots.txt"));
    }
}
