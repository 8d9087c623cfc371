using Scraper.Tests.Cli;
using Scraper.Tests.Support;

namespace Scraper.Tests.Sites;

/// <summary>A site file's values are checked by the same rules as the options that give them: --base-url's, --rate's.</summary>
public sealed class SiteFileRuleTests : IDisposable
{
    private readonly SiteFiles files = new();

    public void Dispose() => files.Dispose();

    [Theory]
    [InlineData("http://user:secret@127.0.0.1:9/")]
    [InlineData("https://:secret@127.0.0.1:9/")]
    [InlineData("http://secret@127.0.0.1:9/")]
    public async Task An_origin_with_a_user_name_or_password_is_refused_as_base_url_refuses_it_without_repeating_it(string origin)
    {
        // Arrange
        var path = files.Write(SiteFiles.Plainwords(new Uri("http://127.0.0.1:9/")).Replace("http://127.0.0.1:9/", origin, StringComparison.Ordinal));

        // Act
        var file = await CliRun.RunAsync("lookup", "kettle", "--site-file", path);
        var option = await CliRun.RunAsync("lookup", "kettle", "--base-url", origin);

        // Assert
        Assert.Equal((2, 2), (file.ExitCode, option.ExitCode));
        Assert.Single(file.ErrorLines);
        Assert.Contains("'origin' cannot hold a user name or password", file.Error, StringComparison.Ordinal);
        Assert.Contains("--base-url cannot hold a user name or password", option.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", file.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1e-300")]
    [InlineData("1e308")]
    [InlineData("0.0001")]
    [InlineData("-1")]
    [InlineData("1000001")]
    public async Task A_requests_per_second_out_of_rates_range_is_one_line_and_exit_2(string rate)
    {
        // Arrange
        var path = files.Write(SiteFiles.Plainwords(new Uri("http://127.0.0.1:9/")).Replace("\"requestsPerSecond\": 20", $"\"requestsPerSecond\": {rate}", StringComparison.Ordinal));

        // Act
        var file = await CliRun.RunAsync("lookup", "kettle", "--site-file", path);
        var option = await CliRun.RunAsync("lookup", "kettle", "--rate", rate);

        // Assert
        Assert.Equal((2, 2), (file.ExitCode, option.ExitCode));
        Assert.Single(file.ErrorLines);
        Assert.Contains("'requestsPerSecond' must be requests per second from 0.001 to 1000000 (or 0: no limit)", file.Error, StringComparison.Ordinal);
        Assert.Contains("--rate must be requests per second from 0.001 to 1000000 (or 0: no limit)", option.Error, StringComparison.Ordinal);
    }
}
