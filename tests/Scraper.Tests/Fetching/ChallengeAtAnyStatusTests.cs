using Scraper.Tests.Support;

namespace Scraper.Tests.Fetching;

/// <summary>
/// A bot challenge is the site refusing the tool whatever status it comes with (some anti-bot services serve it with
/// 503 or 429): `blocked`, asked once, never retried as a busy site.
/// </summary>
public sealed class ChallengeAtAnyStatusTests : IAsyncLifetime
{
    private const string Path = JsonResults.Prefix + "florp";
    private RawPageServer server = null!;

    public async ValueTask InitializeAsync() => server = await RawPageServer.StartAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Theory]
    [InlineData(200)]
    [InlineData(403)]
    [InlineData(429)]
    [InlineData(503)]
    public async Task A_challenge_page_is_blocked_after_one_request_whatever_its_status(int status)
    {
        // Arrange
        server.Serve(Path, RawAnswer.Fixture(status, "challenge.html").WithHeader("Retry-After", "1"));

        // Act
        var run = await LookupAsync("--retries", "3");

        // Assert
        var result = JsonResults.Single(run.Out);
        Assert.Equal(("blocked", 1, status), (result.Status(), result.Attempts(), result.GetProperty("httpStatus").GetInt32()));
        Assert.StartsWith("the site refused the tool", result.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, server.RequestsTo(Path));
        Assert.Equal(3, run.ExitCode);
    }

    [Fact]
    public async Task A_503_that_is_not_a_challenge_is_still_retried_and_ends_failed()
    {
        // Arrange
        server.Serve(Path, RawAnswer.Html(503, "<!DOCTYPE html><html><head><title>Service unavailable</title></head><body><h1>Down for maintenance</h1></body></html>"));

        // Act
        var run = await LookupAsync("--retries", "1");

        // Assert
        var result = JsonResults.Single(run.Out);
        Assert.Equal(("failed", 2, "HTTP 503"), (result.Status(), result.Attempts(), result.GetProperty("error").GetString()));
        Assert.Equal(2, server.RequestsTo(Path));
    }

    private Task<CliRun> LookupAsync(params string[] options) =>
        CliRun.RunAsync(["lookup", "florp", .. options, "--format", "json", "--site", "macmillan-uk", "--base-url", server.BaseUrl.AbsoluteUri]);
}
