using Scraper.Tests.Support;

namespace Scraper.Tests.Fetching;

/// <summary>
/// A Retry-After of 0 (or a date in the past) on every answer never makes the retries fire back to back: the
/// exponential backoff still applies, as the site's own clock shows between the attempts it received.
/// </summary>
public sealed class RetryAfterZeroTests : IAsyncLifetime
{
    private const string Path = JsonResults.Prefix + "florp";
    private RawPageServer server = null!;

    public async ValueTask InitializeAsync() => server = await RawPageServer.StartAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Theory]
    [InlineData(503, "0")]
    [InlineData(429, "0")]
    [InlineData(503, "Thu, 01 Jan 2015 00:00:00 GMT")]
    public async Task Every_retry_waits_at_least_half_the_first_backoff(int status, string retryAfter)
    {
        // Arrange: the first retry's backoff is 250 ms, jittered down to no less than half of it.
        server.Serve(Path, RawAnswer.Html(status, "<!DOCTYPE html><html><head><title>Busy</title></head><body><h1>Busy</h1></body></html>").WithHeader("Retry-After", retryAfter));

        // Act
        var run = await CliRun.RunAsync(["lookup", "florp", "--retries", "2", "--format", "json", "--site", "macmillan-uk", "--base-url", server.BaseUrl.AbsoluteUri]);

        // Assert
        var result = JsonResults.Single(run.Out);
        Assert.Equal(("failed", 3), (result.Status(), result.Attempts()));
        var gaps = server.GapsBetweenRequests(Path);
        Assert.Equal(2, gaps.Count);
        Assert.All(gaps, gap => Assert.True(gap >= TimeSpan.FromMilliseconds(120), $"a retry came {gap.TotalMilliseconds:0} ms after the attempt before it"));
    }
}
