using Scraper.Tests.Cli;
using Scraper.Tests.Support;

namespace Scraper.Tests.Lookup;

/// <summary>The one run loop, as `lookup` runs it over several sites.</summary>
public sealed class RunLoopTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Concurrency_bounds_the_requests_in_flight_over_every_host_together()
    {
        // Arrange: two hosts, each slow enough that a site on its own would fill every slot.
        var gauge = new InFlightGauge();
        await using var american = (await FixtureServer.StartAsync(Cancellation)).Otherwise(FixtureResponse.Page("florp_1.html"));
        await using var british = (await FixtureServer.StartAsync(Cancellation)).Otherwise(FixtureResponse.Page("florp_1.html"));
        foreach (var server in new[] { american, british })
        {
            server.Latency = TimeSpan.FromMilliseconds(100);
            server.SharedGauge = gauge;
        }

        var words = BatchFiles.Words(30, "sum");

        // Act
        var run = await CliRun.RunAsync(
        [
            "lookup", .. words, "--site", "macmillan,macmillan-uk", "-c", "4", "--homographs", "first", "--format", "jsonl", "--ignore-robots",
            "--base-url", $"macmillan={american.BaseUrl.AbsoluteUri}", "--base-url", $"macmillan-uk={british.BaseUrl.AbsoluteUri}",
        ]);

        // Assert: never more than four at once over both hosts (slots per host would allow eight).
        Assert.Equal((0, 2 * words.Length), (run.ExitCode, run.OutLines.Length));
        Assert.InRange(gauge.Most, 1, 4);
        Assert.True(american.MaxInFlight >= 1 && british.MaxInFlight >= 1);
    }
}
