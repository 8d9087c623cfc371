using Scraper.Fetching;
using Scraper.Tests.Support;
using Serilog.Core;

namespace Scraper.Tests.Robots;

/// <summary>The page fetcher's robots.txt rule, in the blocking mode the sync benchmark uses and the async one.</summary>
public sealed class RobotsFetchTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_blocking_fetch_obeys_robots_txt_as_the_async_one_does()
    {
        // Arrange
        await using var server = await FixtureServer.StartAsync(Cancellation);
        server.Otherwise(FixtureResponse.Page("florp_1.html")).Script("/robots.txt", FixtureResponse.Html("User-agent: scraper\nDisallow: /secret\n"));
        var options = new FetchOptions { ObeyRobots = true, Retries = 0 };
        using var client = HttpClientFactory.Create(options);
        using var fetcher = new PageFetcher(client, options, Logger.None);

        // Act
        var secret = fetcher.Fetch(new Uri(server.BaseUrl, "/secret/page"), Cancellation);
        var open = fetcher.Fetch(new Uri(server.BaseUrl, "/open/page"), Cancellation);
        var secretAsync = await fetcher.FetchAsync(new Uri(server.BaseUrl, "/secret/other"), Cancellation);

        // Assert
        Assert.Equal((FetchFailure.Disallowed, "disallowed by robots.txt", 0), (secret.Failure, secret.Error, secret.Attempts));
        Assert.Equal(FetchFailure.Disallowed, secretAsync.Failure);
        Assert.Equal(200, open.StatusCode);
        Assert.Equal(["/open/page"], server.RequestTargets);
        Assert.Equal(1, server.RequestsTo("/robots.txt"));
    }
}
