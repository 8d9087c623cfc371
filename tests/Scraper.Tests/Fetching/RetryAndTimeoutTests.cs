using Scraper.Tests.Support;

namespace Scraper.Tests.Fetching;

/// <summary>Transient answers through `scraper lookup` against a real server: retried, waited for, or given up on.</summary>
public sealed class RetryAndTimeoutTests : IAsyncLifetime
{
    private FixtureServer server = null!;

    public async ValueTask InitializeAsync() => server = await FixtureServer.StartAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task A_503_then_a_200_ends_found_after_two_attempts()
    {
        // Arrange
        server.Script(JsonResults.Prefix + "florp", FixtureResponse.WithStatus(503), FixtureResponse.Page("florp_1.html"));

        // Act
        var run = await CliRun.LookupAsync(server, "florp", "--homographs", "first", "--format", "json");

        // Assert
        var result = JsonResults.Single(run.Out);
        Assert.Equal(("found", 2, 200), (result.Status(), result.Attempts(), result.GetProperty("httpStatus").GetInt32()));
        Assert.Equal(2, server.RequestsTo(JsonResults.Prefix + "florp"));
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task A_429_with_Retry_After_1_waits_a_second_then_ends_found()
    {
        // Arrange
        server.Script(JsonResults.Prefix + "florp", FixtureResponse.TooManyRequests(1), FixtureResponse.Page("florp_1.html"));

        // Act
        var run = await CliRun.LookupAsync(server, "florp", "--homographs", "first", "--format", "json");

        // Assert: the gap as the server saw it; a busy machine only makes it longer. Ignored, the retry comes at once.
        var result = JsonResults.Single(run.Out);
        Assert.Equal(("found", 2), (result.Status(), result.Attempts()));
        var arrivals = server.ArrivalsAt(JsonResults.Prefix + "florp");
        Assert.Equal(2, arrivals.Count);
        Assert.True(arrivals[1] - arrivals[0] >= TimeSpan.FromSeconds(0.9), $"Retry-After: 1 was not honoured: the retry came {(arrivals[1] - arrivals[0]).TotalMilliseconds:0} ms after the 429");
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task A_page_that_never_answers_ends_failed_with_exit_3_once_its_timeout_passes()
    {
        // Arrange
        server.Script(JsonResults.Prefix + "florp", FixtureResponse.Hang);

        // Act
        var run = await CliRun.LookupAsync(server, "florp", "--timeout", "1", "--retries", "0", "--format", "json");

        // Assert
        var result = JsonResults.Single(run.Out);
        Assert.Equal(("failed", 1), (result.Status(), result.Attempts()));
        Assert.Equal("timed out", result.GetProperty("error").GetString());
        // Only a guard against a timeout that never fires: ten times the timeout, so a busy machine cannot fail it.
        Assert.True(run.Elapsed < TimeSpan.FromSeconds(10), $"A 1-second timeout took {run.Elapsed.TotalMilliseconds:0} ms");
        Assert.Equal(3, run.ExitCode);
    }

    [Fact]
    public async Task A_redirect_off_the_site_is_not_followed_and_ends_failed()
    {
        // Arrange
        server.Script(JsonResults.Prefix + "florp", FixtureResponse.Redirect("http://evil.example/dictionary/british/florp"));

        // Act
        var run = await CliRun.LookupAsync(server, "florp", "--format", "json");

        // Assert
        var result = JsonResults.Single(run.Out);
        Assert.Equal("failed", result.Status());
        Assert.Contains("evil.example", result.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, server.TotalRequests);
        Assert.Equal(3, run.ExitCode);
    }

    [Fact]
    public async Task A_redirect_that_stays_on_the_site_is_followed()
    {
        // Arrange
        server.Script(JsonResults.Prefix + "florp", FixtureResponse.Redirect(JsonResults.Prefix + "florp_1"))
            .Serve(JsonResults.Prefix + "florp_1", "florp_1.html");

        // Act
        var run = await CliRun.LookupAsync(server, "florp", "--homographs", "first", "--format", "json");

        // Assert
        var result = JsonResults.Single(run.Out);
        Assert.Equal("found", result.Status());
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task A_redirect_to_another_port_of_the_same_host_is_not_followed()
    {
        // Arrange: same host, other port: another server, so off the site.
        var otherPort = new UriBuilder(server.BaseUrl) { Port = server.BaseUrl.Port == 65535 ? 65534 : server.BaseUrl.Port + 1, Path = JsonResults.Prefix + "florp_1" };
        server.Script(JsonResults.Prefix + "florp", FixtureResponse.Redirect(otherPort.Uri.AbsoluteUri));

        // Act
        var run = await CliRun.LookupAsync(server, "florp", "--format", "json");

        // Assert
        Assert.Equal("failed", JsonResults.Single(run.Out).Status());
        Assert.Equal(1, server.TotalRequests);
        Assert.Equal(3, run.ExitCode);
    }
}
