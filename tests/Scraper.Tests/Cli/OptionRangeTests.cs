using Scraper.Tests.Support;

namespace Scraper.Tests.Cli;

/// <summary>
/// Every numeric option of every command has a range, checked while parsing: out of range or not a number is exit 2
/// and one line naming the option, the value and the range, before anything is fetched or a site is started.
/// </summary>
public sealed class OptionRangeTests : IAsyncLifetime
{
    private FixtureServer server = null!;

    public async ValueTask InitializeAsync() => server = await FixtureServer.StartAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Theory]
    [InlineData("lookup", "-c", "0", "1 to 1000")]
    [InlineData("lookup", "-c", "1001", "1 to 1000")]
    [InlineData("lookup", "--retries", "-1", "0 to 100")]
    [InlineData("lookup", "--retries", "101", "0 to 100")]
    [InlineData("lookup", "--timeout", "0", "1 to 3600")]
    [InlineData("lookup", "--timeout", "3601", "1 to 3600")]
    [InlineData("lookup", "--timeout", "1.5", "1 to 3600")]
    [InlineData("lookup", "--rate", "2000000", "0.001 to 1000000")]
    [InlineData("check", "-c", "1001", "1 to 1000")]
    [InlineData("check", "--timeout", "86401", "1 to 3600")]
    [InlineData("bench", "-c", "4,0", "1 to 1000")]
    [InlineData("bench", "-c", "99999999999", "1 to 1000")]
    [InlineData("bench", "--latency", "60001", "0 to 60000")]
    [InlineData("bench", "--repeat", "0", "1 to 100")]
    [InlineData("bench", "--repeat", "many", "1 to 100")]
    public async Task A_value_out_of_range_or_not_a_number_is_one_line_naming_option_value_and_range(string command, string option, string value, string range)
    {
        // Act
        var run = await CliRun.RunAsync(command, option, value, "--base-url", server.BaseUrl.AbsoluteUri);

        // Assert
        UsageAssert.IsUsageError(run, server);
        Assert.Contains($"'{value}'", run.Error, StringComparison.Ordinal);
        Assert.Contains(range, run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--port", "-1", "0 to 65535")]
    [InlineData("--port", "65536", "0 to 65535")]
    [InlineData("--latency", "60001", "0 to 60000")]
    [InlineData("--jitter", "-5", "0 to 60000")]
    [InlineData("--fail-rate", "1.5", "0 to 1")]
    [InlineData("--throttle-rate", "x", "0 to 1")]
    [InlineData("--reset-rate", "-0.1", "0 to 1")]
    [InlineData("--stall-rate", "2", "0 to 1")]
    public async Task Serve_refuses_a_value_out_of_range_before_it_starts(string option, string value, string range)
    {
        // Act: a serve that accepted the value would run until Ctrl+C; the timeout makes that a failure, not a hang.
        var run = await CliRun.RunAsync("serve", option, value).WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"scraper: {option} must be", line, StringComparison.Ordinal);
        Assert.Contains(range, line, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Theory]
    [InlineData("3600", "22", false)]
    [InlineData("3600", "23", true)]
    [InlineData("10", "100", false)]
    public async Task Timeout_and_retries_together_may_not_let_a_page_take_over_a_day(string timeout, string retries, bool refused)
    {
        // Act: a word that is looked up gets the fixture server's 404 (not-found, never retried): one request.
        var run = await CliRun.LookupAsync(server, "florp", "--timeout", timeout, "--retries", retries);

        // Assert
        if (refused)
        {
            UsageAssert.IsUsageError(run, server);
            Assert.Contains($"--timeout {timeout} allows --retries up to 22", run.Error, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(1, run.ExitCode);
            Assert.Equal(1, server.TotalRequests);
        }
    }
}
