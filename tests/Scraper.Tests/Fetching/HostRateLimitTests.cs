using Scraper.Fetching;
using Scraper.Tests.Support;
using Serilog.Core;

namespace Scraper.Tests.Fetching;

public sealed class HostRateLimitTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(0.5, 1, 2000)]
    [InlineData(5, 1, 200)]
    [InlineData(50, 1, 20)]
    [InlineData(200, 4, 20)]
    public void The_bucket_spaces_requests_evenly_and_never_holds_more_than_one_periods_tokens(double rate, int tokens, double periodMs)
    {
        var bucket = HostRateLimit.BucketFor(rate);

        Assert.Equal((tokens, tokens), (bucket.TokenLimit, bucket.TokensPerPeriod));
        Assert.Equal(periodMs, bucket.ReplenishmentPeriod.TotalMilliseconds, 6);
        Assert.Equal(int.MaxValue, bucket.QueueLimit);
    }

    [Fact]
    public async Task A_host_that_used_up_its_rate_holds_back_its_own_next_request_but_never_another_hosts()
    {
        // Arrange: two servers on two ports are two hosts to the limiter. At one request per 100 s, a host's second
        // request queues for longer than this test runs, so what each server received is decided by the buckets
        // alone, not by how fast the machine is.
        await using var busy = await FixtureServer.StartAsync(Cancellation);
        await using var other = await FixtureServer.StartAsync(Cancellation);
        busy.Otherwise(FixtureResponse.Page("florp_1.html"));
        other.Otherwise(FixtureResponse.Page("florp_1.html"));
        var options = new FetchOptions { Retries = 0 };
        using var session = Engine.Session(options, hosts: new HostRules { RequestsPerSecond = 0.01 });
        var fetcher = session.Fetcher;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);

        // Act
        var busyFirst = fetcher.FetchAsync(new Uri(busy.BaseUrl, "/first"), stop.Token);
        var busySecond = fetcher.FetchAsync(new Uri(busy.BaseUrl, "/second"), stop.Token);
        var otherFirst = fetcher.FetchAsync(new Uri(other.BaseUrl, "/first"), stop.Token);

        // Assert: with one bucket for every host, the other host's request would queue 100 s behind /second.
        Assert.Equal(200, (await otherFirst.WaitAsync(TimeSpan.FromSeconds(30), Cancellation)).StatusCode);
        Assert.Equal(200, (await busyFirst.WaitAsync(TimeSpan.FromSeconds(30), Cancellation)).StatusCode);
        Assert.False(busySecond.IsCompleted);
        Assert.Equal((1, 0), (busy.RequestsTo("/first"), busy.RequestsTo("/second")));
        Assert.Equal(1, other.TotalRequests);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => busySecond);
        Assert.Equal(0, busy.RequestsTo("/second"));
    }
}
