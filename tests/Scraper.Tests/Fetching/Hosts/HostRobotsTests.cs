using System.Net;
using System.Net.Sockets;
using Scraper.Tests.Support;

namespace Scraper.Tests.Fetching.Hosts;

/// <summary>
/// A robots.txt that cannot be reached at all (reset, timed out, refused) disallows the whole host for the run
/// (RFC 9309 §2.3.1.4): every word ends blocked, and no page is asked for.
/// </summary>
public sealed class HostRobotsTests
{
    private static readonly string[] Words = ["florp", "calm", "quiet"];

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_robots_txt_whose_connection_is_reset_disallows_the_whole_host()
    {
        // Arrange: robots.txt starts its body and resets; every word's page would be found.
        await using var server = new BodyFaultServer("/robots.txt", BodyFault.Reset);
        foreach (var word in Words)
        {
            server.ServePage(JsonResults.Prefix + word, FixtureResponse.ReadFixture("florp_1.html"));
        }

        // Act
        var run = await LookupAsync(server.BaseUrl);

        // Assert
        AssertEveryWordBlocked(run);
        Assert.Equal(1, server.RequestsTo("/robots.txt"));
        Assert.All(Words, word => Assert.Equal(0, server.RequestsTo(JsonResults.Prefix + word)));
    }

    [Fact]
    public async Task A_robots_txt_that_times_out_disallows_the_whole_host()
    {
        // Arrange
        await using var server = await FixtureServer.StartAsync(Cancellation);
        server.Otherwise(FixtureResponse.Page("florp_1.html")).Script("/robots.txt", FixtureResponse.Hang);

        // Act
        var run = await LookupAsync(server.BaseUrl, "--timeout", "1");

        // Assert
        AssertEveryWordBlocked(run);
        Assert.Equal(0, server.TotalRequests);
    }

    [Fact]
    public async Task A_robots_txt_whose_connection_is_refused_disallows_the_whole_host()
    {
        // Arrange: a port that nobody listens on any more.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        // Act
        var run = await LookupAsync(new Uri($"http://127.0.0.1:{port}"));

        // Assert: blocked by robots.txt, not failed by a refused page request.
        AssertEveryWordBlocked(run);
    }

    private static Task<CliRun> LookupAsync(Uri baseUrl, params string[] options) =>
        CliRun.RunAsync(["lookup", .. Words, "--site", "macmillan-uk", "--base-url", baseUrl.AbsoluteUri, "--homographs", "first", "--retries", "0", "--format", "json", .. options]);

    private static void AssertEveryWordBlocked(CliRun run)
    {
        var results = JsonResults.FromArray(run.Out);
        Assert.Equal(Words.Length, results.Count);
        Assert.All(results, r => Assert.Equal(("blocked", "disallowed by robots.txt", 0), (r.Status(), r.GetProperty("error").GetString(), r.Attempts())));
        Assert.Equal(3, run.ExitCode);
    }
}
