using Scraper.Tests.Support;

namespace Scraper.Tests.Fetching;

public sealed class ConcurrencyLimitTests
{
    [Fact]
    public async Task Requests_in_flight_never_exceed_the_concurrency_option()
    {
        // Arrange
        await using var server = await FixtureServer.StartAsync(TestContext.Current.CancellationToken);
        server.Otherwise(FixtureResponse.Page("snargle-notfound.html"));
        server.Latency = TimeSpan.FromMilliseconds(50);
        var words = Enumerable.Range(1, 30).Select(i => $"word{i}").ToArray();

        // Act
        var run = await CliRun.LookupAsync(server, [.. words, "-c", "3", "--format", "jsonl"]);

        // Assert
        Assert.Equal(30, server.TotalRequests);
        Assert.InRange(server.MaxInFlight, 2, 3);
        Assert.Equal(30, run.OutLines.Length);
        Assert.Equal(1, run.ExitCode);
    }
}
