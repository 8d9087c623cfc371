using Scraper.Fetching;
using Scraper.Tests.Support;
using Serilog.Core;

namespace Scraper.Tests.Fetching;

/// <summary>
/// The pause a 429 with Retry-After sets for its whole host, through a real fetcher and server, on a fake clock:
/// what the server received while the clock stood still is what the pause let through.
/// </summary>
public sealed class SharedPauseTests
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(20);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_429_holds_its_own_retry_and_every_other_request_to_the_host_until_the_clock_passes_Retry_After()
    {
        // Arrange
        await using var server = await FixtureServer.StartAsync(Cancellation);
        server.Script("/throttled", FixtureResponse.TooManyRequests((int)RetryAfter.TotalSeconds), FixtureResponse.Page("florp_1.html"))
            .Serve("/later", "florp_1.html");
        var clock = new WatchedClock();
        var options = new FetchOptions { Retries = 1 };
        using var session = Engine.Session(options, time: clock);
        var fetcher = session.Fetcher;
        using var watching = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);

        // Act: the 429'd word starts waiting for the pause; then another word of the same host starts.
        var throttled = fetcher.FetchAsync(new Uri(server.BaseUrl, "/throttled"), Cancellation);
        var firstWait = await Task.WhenAny(throttled, clock.WaitForTimersAsync(1, RetryAfter, watching.Token));
        var later = fetcher.FetchAsync(new Uri(server.BaseUrl, "/later"), Cancellation);
        var secondWait = await Task.WhenAny(later, clock.WaitForTimersAsync(2, RetryAfter, watching.Token));
        await watching.CancelAsync();
        var sentDuringThePause = (server.RequestsTo("/throttled"), server.RequestsTo("/later"));
        clock.Advance(RetryAfter);
        var results = await Task.WhenAll(throttled, later).WaitAsync(TimeSpan.FromSeconds(30), Cancellation);

        // Assert: without the pause, the retry goes at once (its own backoff is left to the pause) and so does /later.
        Assert.NotSame(throttled, firstWait);
        Assert.NotSame(later, secondWait);
        Assert.Equal((1, 0), sentDuringThePause);
        Assert.Equal([(200, 2), (200, 1)], results.Select(r => (r.StatusCode, r.Attempts)));
        Assert.Equal((2, 1), (server.RequestsTo("/throttled"), server.RequestsTo("/later")));
    }

    [Fact]
    public async Task A_paused_host_does_not_hold_back_another_host()
    {
        // Arrange
        await using var throttling = await FixtureServer.StartAsync(Cancellation);
        await using var calm = await FixtureServer.StartAsync(Cancellation);
        throttling.Otherwise(FixtureResponse.TooManyRequests((int)RetryAfter.TotalSeconds));
        calm.Otherwise(FixtureResponse.Page("florp_1.html"));
        var clock = new WatchedClock();
        var options = new FetchOptions { Retries = 1 };
        using var session = Engine.Session(options, time: clock);
        var fetcher = session.Fetcher;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);

        // Act
        var paused = fetcher.FetchAsync(new Uri(throttling.BaseUrl, "/word"), stop.Token);
        await clock.WaitForTimersAsync(1, RetryAfter, Cancellation).WaitAsync(TimeSpan.FromSeconds(30), Cancellation);
        var other = await fetcher.FetchAsync(new Uri(calm.BaseUrl, "/word"), Cancellation).WaitAsync(TimeSpan.FromSeconds(30), Cancellation);

        // Assert
        Assert.Equal((200, 1), (other.StatusCode, other.Attempts));
        Assert.False(paused.IsCompleted);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => paused);
        Assert.Equal(1, throttling.TotalRequests);
    }
}
