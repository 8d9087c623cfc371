using Scraper.Fetching;
using Scraper.LocalSite;
using Scraper.Tests.Support;
using Site = Scraper.LocalSite.LocalSite;

namespace Scraper.Tests.Fetching;

/// <summary>--rate, the shared pause on 429 and the User-Agent, as the server sees them.</summary>
public sealed class PolitenessTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Rate_holds_no_second_sees_more_than_N_requests_however_high_the_concurrency()
    {
        // Arrange
        await using var site = await Site.StartAsync(new LocalSiteOptions(), Cancellation);
        var words = Enumerable.Range(1, 16).Select(i => $"paced{i}").ToArray();

        // Act
        var run = await LookupAsync(site, [.. words, "--rate", "5", "-c", "8"]);

        // Assert: a token bucket of one token lets the first request go at once, so N + 1 may share a second.
        var stats = site.GetStats();
        Assert.Equal(words.Length, stats.Requests);
        Assert.InRange(stats.MaxRequestsPerSecond, 1, 6);
        Assert.All(JsonResults.FromArray(run.Out), r => Assert.Equal("found", r.Status()));
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task A_429_storm_on_the_local_site_ends_with_every_word_found_each_after_one_429()
    {
        // Arrange: every path's first attempt is answered 429 with Retry-After: 1.
        await using var site = await Site.StartAsync(new LocalSiteOptions { ThrottleRate = 1 }, Cancellation);
        var words = Enumerable.Range(1, 8).Select(i => $"storm{i}").ToArray();

        // Act
        var run = await LookupAsync(site, [.. words, "-c", "4"]);

        // Assert
        var stats = site.GetStats();
        Assert.Equal((8L, 8L), (stats.Statuses["429"], stats.Statuses["200"]));
        Assert.All(JsonResults.FromArray(run.Out), r => Assert.Equal(("found", 2), (r.Status(), r.Attempts())));
        var pauses = run.ErrorLines.Count(l => l.Contains("pausing every request", StringComparison.Ordinal));
        Assert.InRange(pauses, 1, 8);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task The_pause_is_shared_only_the_requests_already_in_flight_meet_the_storm()
    {
        // Arrange: for 0.7 s from the first request the server answers every request 429 with Retry-After: 1.
        // Each 429 pauses the host before its request slot is freed, so nothing new is sent until the storm is over.
        await using var server = await FixtureServer.StartAsync(Cancellation);
        server.Otherwise(FixtureResponse.Page("florp_1.html")).ThrottleFor(TimeSpan.FromMilliseconds(700));
        var words = Enumerable.Range(1, 20).Select(i => $"calm{i}").ToArray();

        // Act
        var run = await CliRun.LookupAsync(server, [.. words, "-c", "4", "--homographs", "first", "--format", "json"]);

        // Assert: without the shared pause, the words that start during the storm meet it too.
        var tooMany = server.TotalRequests - words.Length;
        Assert.InRange(tooMany, 1, 4);
        Assert.All(JsonResults.FromArray(run.Out), r => Assert.Equal("found", r.Status()));
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task The_default_User_Agent_names_the_tool_and_the_projects_url()
    {
        // Arrange
        await using var server = await FixtureServer.StartAsync(Cancellation);
        server.Otherwise(FixtureResponse.Page("florp_1.html"));

        // Act
        await CliRun.LookupAsync(server, "florp", "--homographs", "first");

        // Assert
        Assert.True(Uri.TryCreate(ProjectInfo.RepositoryUrl, UriKind.Absolute, out _), $"RepositoryUrl '{ProjectInfo.RepositoryUrl}' is not a URL");
        var userAgent = Assert.Single(server.HeaderValues("User-Agent"));
        Assert.StartsWith("scraper/", userAgent, StringComparison.Ordinal);
        Assert.Contains("+" + ProjectInfo.RepositoryUrl, userAgent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task User_agent_replaces_the_default_as_given()
    {
        // Arrange
        await using var server = await FixtureServer.StartAsync(Cancellation);
        server.Otherwise(FixtureResponse.Page("florp_1.html"));
        const string Mine = "ExampleBot/2.0 (+mailto:ops@example.org; batch of 3 words)";

        // Act
        await CliRun.LookupAsync(server, "florp", "--homographs", "first", "--user-agent", Mine);

        // Assert
        Assert.Equal([Mine], server.HeaderValues("User-Agent"));
    }

    private static Task<CliRun> LookupAsync(Site site, params string[] wordsAndOptions) =>
        CliRun.RunAsync(["lookup", .. wordsAndOptions, "--homographs", "first", "--format", "json", "--base-url", site.BaseUrl.AbsoluteUri]);
}
