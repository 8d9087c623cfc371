using Scraper.Fetching;
using Scraper.Results;
using Scraper.Tests.Support;
using Serilog.Core;
using Serilog.Events;

namespace Scraper.Tests.Fetching;

/// <summary>
/// The circuit breaker per host, through a real fetcher and real servers on 127.0.0.1: what each server counted is
/// what the breaker let through.
/// </summary>
public sealed class HostBreakerTests
{
    private const string Prefix = JsonResults.Prefix;
    private const string Stopped = "refused 20 pages in a row; stopped";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_host_that_fails_page_after_page_with_503_is_cut_off_and_its_other_words_fail_unsent()
    {
        // Arrange
        await using var server = await FixtureServer.StartAsync(Cancellation);
        server.Otherwise(FixtureResponse.WithStatus(503));
        var options = new FetchOptions { Concurrency = 4, Retries = 2, RetryBaseDelay = TimeSpan.FromMilliseconds(1) };
        using var session = Engine.Session(options);

        // Act
        var results = Assert.Single(await HostBreakerRun.LookupAsync(session, (server.BaseUrl, HostBreakerRun.Words("busy", 300))));

        // Assert: 20 pages of 3 attempts, and at most the 2 x 4 words under way when it opened.
        Assert.InRange(server.TotalRequests, 60, (20 + 8) * 3);
        Assert.Equal(300, results.Count);
        Assert.All(results, r => Assert.Equal(LookupStatus.Failed, r.Status));
        var cut = results.Where(r => r.Failure == FetchFailure.HostFailing).ToList();
        Assert.InRange(cut.Count, 300 - 28, 300 - 20);
        Assert.All(cut, r => Assert.Equal($"not sent: {server.BaseUrl.Authority} failed 20 pages in a row; stopped", r.Error));
        Assert.InRange(cut.Count(r => r.Attempts == 0), 300 - 28, 300 - 20);
        Assert.Equal([$"{server.BaseUrl.Authority} failed 20 pages in a row"], session.CutOffHosts);
    }

    [Fact]
    public async Task A_host_that_resets_every_connection_is_cut_off()
    {
        // Arrange: the server reads each request and closes its connection without a byte of answer.
        await using var server = RawSocketServer.Answering("");
        var options = new FetchOptions { Retries = 0, Concurrency = 2 };
        using var session = Engine.Session(options);

        // Act
        var results = Assert.Single(await HostBreakerRun.LookupAsync(session, (server.BaseUrl, HostBreakerRun.Words("reset", 200))));

        // Assert
        // Assert: 20 pages and the few under way when it opened were sent. SocketsHttpHandler itself sends a request
        // whose connection closed unanswered up to 4 times (its connection-failure retries), so the server counts 4 a page.
        Assert.InRange(results.Count(r => r.Attempts > 0), 20, 20 + 4);
        Assert.InRange(server.Requests, 20, (20 + 4) * 4);
        Assert.Equal(200, results.Count);
        Assert.All(results, r => Assert.Equal(LookupStatus.Failed, r.Status));
        Assert.InRange(results.Count(r => r.Error!.EndsWith("failed 20 pages in a row; stopped", StringComparison.Ordinal)), 200 - 24, 200 - 20);
    }

    [Fact]
    public async Task Pages_the_host_answers_between_refusals_keep_its_breaker_closed()
    {
        // Arrange: nine refusals, then a word found, ten times over: 90 refusals in all, never 20 in a row.
        await using var server = await FixtureServer.StartAsync(Cancellation);
        server.Otherwise(FixtureResponse.WithStatus(403));
        var words = HostBreakerRun.Words("mixed", 100);
        foreach (var word in words.Where((_, i) => i % 10 == 9))
        {
            server.Serve(Prefix + word, "florp_1.html");
        }

        var options = new FetchOptions { Concurrency = 1 };
        using var session = Engine.Session(options);

        // Act
        var results = Assert.Single(await HostBreakerRun.LookupAsync(session, (server.BaseUrl, words)));

        // Assert
        Assert.Equal(100, server.TotalRequests);
        Assert.Equal(90, results.Count(r => r.Status == LookupStatus.Blocked && r.Error == "the site refused the tool (HTTP 403)"));
        Assert.Equal(10, results.Count(r => r.Status == LookupStatus.Found));
        Assert.Empty(session.CutOffHosts);
    }

    [Fact]
    public async Task Only_the_refusing_host_is_cut_off_and_the_other_hosts_words_are_all_found()
    {
        // Arrange: two sites on two ports of 127.0.0.1, one fetcher, looked up at the same time.
        await using var refusing = await FixtureServer.StartAsync(Cancellation);
        await using var answering = await FixtureServer.StartAsync(Cancellation);
        refusing.Otherwise(FixtureResponse.WithStatus(403));
        answering.Otherwise(FixtureResponse.Page("florp_1.html"));
        var log = new LogCapture();
        var options = new FetchOptions();
        using var session = Engine.Session(options, log: log.Logger);

        // Act
        var results = await HostBreakerRun.LookupAsync(session, (refusing.BaseUrl, HostBreakerRun.Words("refused", 500)), (answering.BaseUrl, HostBreakerRun.Words("found", 300)));

        // Assert
        Assert.InRange(refusing.TotalRequests, 20, 49);
        Assert.Equal(500, results[0].Count);
        Assert.All(results[0], r => Assert.Equal(LookupStatus.Blocked, r.Status));
        Assert.Contains(results[0], r => r.Error == $"not sent: {refusing.BaseUrl.Authority} {Stopped}");
        Assert.Equal(300, answering.TotalRequests);
        Assert.Equal(300, results[1].Count(r => r.Status == LookupStatus.Found));
        Assert.Equal([$"{refusing.BaseUrl.Authority} refused 20 pages in a row"], session.CutOffHosts);
        var warning = Assert.Single(log.Lines(LogEventLevel.Warning));
        Assert.StartsWith($"{refusing.BaseUrl.Authority} refused 20 pages in a row: sending it nothing more this run", warning, StringComparison.Ordinal);
    }
}
