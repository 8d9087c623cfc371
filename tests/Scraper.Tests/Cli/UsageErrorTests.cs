using Scraper.Tests.Support;

namespace Scraper.Tests.Cli;

/// <summary>Bad usage: exit 2, exactly one line on stderr, no stack trace, and nothing fetched.</summary>
public sealed class UsageErrorTests : IAsyncLifetime
{
    private FixtureServer server = null!;

    public async ValueTask InitializeAsync() => server = await FixtureServer.StartAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Theory]
    [InlineData("-c", "0", "--concurrency")]
    [InlineData("--format", "nope", "nope")]
    [InlineData("--homographs", "some", "some")]
    [InlineData("--site", "no-such-site", "no-such-site")]
    [InlineData("-f", "/no/such/folder/keywords.txt", "/no/such/folder/keywords.txt")]
    public async Task A_bad_option_value_is_one_line_on_stderr_and_exit_2(string option, string value, string mentioned)
    {
        // Act
        var run = await CliRun.RunAsync("lookup", "florp", "--base-url", server.BaseUrl.AbsoluteUri, option, value);

        // Assert
        AssertUsageError(run);
        Assert.Contains(mentioned, run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://example.com")]
    [InlineData("not a url")]
    [InlineData("/relative/path")]
    [InlineData("http://example.com/?q=1")]
    public async Task A_bad_base_url_is_one_line_on_stderr_and_exit_2(string baseUrl)
    {
        // Act
        var run = await CliRun.RunAsync("lookup", "florp", "--base-url", baseUrl);

        // Assert
        AssertUsageError(run);
        Assert.Contains("--base-url", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_keywords_at_all_is_one_line_on_stderr_and_exit_2()
    {
        // Act
        var run = await CliRun.RunWithStdinAsync("\n# only a comment\n\n", "lookup", "-f", "-", "--base-url", server.BaseUrl.AbsoluteUri);

        // Assert
        AssertUsageError(run);
        Assert.Contains("no keywords", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_binary_keywords_file_is_one_line_on_stderr_and_exit_2()
    {
        // Arrange
        var path = Path.Combine(Path.GetTempPath(), $"scraper-test-{Guid.NewGuid():N}.bin");
        await File.WriteAllBytesAsync(path, [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0xFF, 0xFE, 0x00, 0x0A, 0x61], TestContext.Current.CancellationToken);
        try
        {
            // Act
            var run = await CliRun.LookupAsync(server, "-f", path);

            // Assert
            AssertUsageError(run);
            Assert.Contains(path, run.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private void AssertUsageError(CliRun run)
    {
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("scraper: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
        Assert.Equal(0, server.TotalRequests);
    }
}
