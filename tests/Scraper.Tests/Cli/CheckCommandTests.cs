using Scraper.Sites;
using Scraper.Tests.Support;
using Site = Scraper.LocalSite.LocalSite;

namespace Scraper.Tests.Cli;

/// <summary>`scraper check`: a line per check word and a verdict on stdout; exit 0 only when every word parses whole.</summary>
public sealed class CheckCommandTests : IAsyncLifetime
{
    private FixtureServer server = null!;

    public async ValueTask InitializeAsync() => server = await FixtureServer.StartAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Check_passes_with_exit_0_against_the_embedded_local_site()
    {
        // Arrange
        await using var site = await Site.StartAsync(new(), TestContext.Current.CancellationToken);
        var words = SiteCatalog.Find("macmillan")!.CheckWords;

        // Act
        var run = await CliRun.RunAsync("check", "--site", "macmillan", "--base-url", site.BaseUrl.AbsoluteUri);

        // Assert
        Assert.Equal(words.Count + 1, run.OutLines.Length);
        Assert.All(run.OutLines[..^1], line => Assert.Contains(": ok: found ", line, StringComparison.Ordinal));
        Assert.Equal($"macmillan: OK, all {words.Count} check word(s) parse (found, with definitions and examples)", run.OutLines[^1]);
        Assert.Contains("Checking", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task A_drifted_page_fails_the_check_with_exit_3_and_says_the_markup_drifted_and_which_step_found_nothing()
    {
        // Arrange
        server.Otherwise(FixtureResponse.Page("drifted.html"));

        // Act
        var run = await CheckAsync();

        // Assert
        Assert.Contains(run.OutLines, line => line.EndsWith(": drift: the page came but no entry could be read, the site's markup has drifted: no entry block on the page: nothing matches Entry '#entryContent'", StringComparison.Ordinal));
        Assert.Contains("macmillan-uk: FAILED", run.OutLines[^1], StringComparison.Ordinal);
        Assert.Contains("the site's markup has drifted from the profile's selectors", run.OutLines[^1], StringComparison.Ordinal);
        Assert.Equal(3, run.ExitCode);
    }

    [Theory]
    [InlineData(403, "the site refused the tool (HTTP 403)")]
    [InlineData(401, "the site refused the tool (HTTP 401)")]
    [InlineData(200, "the site refused the tool (a bot-challenge page)")]
    public async Task A_refusal_fails_the_check_with_exit_3_saying_blocked_not_not_found(int status, string reason)
    {
        // Arrange
        server.Otherwise(status == 200 ? FixtureResponse.Page("challenge.html") : FixtureResponse.WithStatus(status));

        // Act
        var run = await CheckAsync();

        // Assert
        Assert.All(run.OutLines[..^1], line => Assert.EndsWith($": blocked: {reason}", line, StringComparison.Ordinal));
        Assert.Contains("; the site refused the tool", run.OutLines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("not-found", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("not in the dictionary", run.Out, StringComparison.Ordinal);
        Assert.Equal(3, run.ExitCode);
    }

    [Fact]
    public async Task A_check_word_that_comes_back_not_found_fails_the_check()
    {
        // Arrange
        server.Otherwise(FixtureResponse.Page("snargle-notfound.html"));

        // Act
        var run = await CheckAsync();

        // Assert
        Assert.Contains(run.OutLines, line => line.Contains(": not-found: not in the dictionary, but a check word must be", StringComparison.Ordinal));
        Assert.Contains("words that must exist were not found", run.OutLines[^1], StringComparison.Ordinal);
        Assert.Equal(3, run.ExitCode);
    }

    [Fact]
    public async Task A_server_error_fails_the_check_and_logs_stay_on_stderr()
    {
        // Arrange: robots.txt missing, so that the pages themselves meet the error (a 5xx robots.txt disallows all).
        server.Otherwise(FixtureResponse.WithStatus(500)).Script("/robots.txt", FixtureResponse.WithStatus(404));

        // Act
        var run = await CliRun.RunAsync("check", "--site", "macmillan-uk", "--base-url", server.BaseUrl.AbsoluteUri, "-v");

        // Assert
        Assert.Contains(run.OutLines, line => line.EndsWith(": failed: HTTP 500", StringComparison.Ordinal));
        Assert.DoesNotContain("GET ", run.Out, StringComparison.Ordinal);
        Assert.Contains("GET ", run.Error, StringComparison.Ordinal);
        Assert.Equal(3, run.ExitCode);
    }

    private Task<CliRun> CheckAsync() =>
        CliRun.RunAsync("check", "--site", "macmillan-uk", "--base-url", server.BaseUrl.AbsoluteUri);
}
