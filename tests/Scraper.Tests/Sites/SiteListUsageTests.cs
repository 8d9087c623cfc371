using Scraper.Tests.Cli;
using Scraper.Tests.Support;

namespace Scraper.Tests.Sites;

/// <summary>Mistakes in --site lists and --base-url NAME=URL: exit 2, one line that says what to do, nothing requested.</summary>
public sealed class SiteListUsageTests : IAsyncLifetime
{
    private FixtureServer server = null!;

    public async ValueTask InitializeAsync() => server = await FixtureServer.StartAsync(TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => server.DisposeAsync();

    private string Url => server.BaseUrl.AbsoluteUri;

    [Theory]
    [InlineData("longman,oxfrd", "unknown site 'oxfrd'; did you mean 'oxford'?")]
    [InlineData("longman,,zzzzzz", "unknown site 'zzzzzz'; known sites: ")]
    public async Task An_unknown_name_in_the_list_is_a_usage_error_with_did_you_mean(string list, string expected)
    {
        var run = await CliRun.RunAsync("lookup", "love", "--site", list);

        UsageAssert.IsUsageError(run, server);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plain_url_with_several_sites_says_to_name_each_site()
    {
        var run = await CliRun.RunAsync("lookup", "love", "--site", "longman,oxford", "--base-url", Url);

        UsageAssert.IsUsageError(run, server);
        Assert.Contains("--base-url URL needs one site, but --site chose 2 (longman, oxford): give --base-url NAME=URL", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_not_among_the_chosen_sites_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("lookup", "love", "--site", "longman,oxford", "--base-url", $"collins={Url}");

        UsageAssert.IsUsageError(run, server);
        Assert.Contains("--base-url collins=URL: 'collins' is not among the chosen sites (longman, oxford)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_given_twice_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("lookup", "love", "--site", "longman,oxford", "--base-url", $"oxford={Url}", "--base-url", $"OXFORD={Url}");

        UsageAssert.IsUsageError(run, server);
        Assert.Contains("--base-url is given twice for 'oxford'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_named_url_that_is_not_a_url_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("lookup", "love", "--site", "longman", "--base-url", "longman=ftp://x");

        UsageAssert.IsUsageError(run, server);
        Assert.Contains("--base-url must be an absolute http(s) URL", run.Error, StringComparison.Ordinal);
    }

    // The client sends no credentials from a URL: the user name and password would only be written into every
    // result's url, the log and the history, while the server answers 401.
    [Theory]
    [InlineData("lookup", "", "USER:SECRET@")]
    [InlineData("lookup", "macmillan-uk=", "USER:SECRET@")]
    [InlineData("check", "", "USER@")]
    [InlineData("shell", "macmillan-uk=", "USER:SECRET@")]
    public async Task A_base_url_with_a_user_name_or_password_is_a_usage_error_that_does_not_repeat_them(string command, string name, string userInfo)
    {
        var url = name + Url.Insert(Url.IndexOf("://", StringComparison.Ordinal) + 3, userInfo);
        string[] words = command == "lookup" ? ["love"] : [];

        var run = await CliRun.RunAsync([command, .. words, "--site", "macmillan-uk", "--base-url", url]);

        UsageAssert.IsUsageError(run, server);
        Assert.Contains("--base-url cannot hold a user name or password", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bench_takes_one_site_and_says_so_for_a_list()
    {
        var run = await CliRun.RunAsync("bench", "love", "--site", "longman,oxford", "--base-url", $"longman={Url}");

        UsageAssert.IsUsageError(run, server);
        Assert.Contains("bench looks up one site at a time, but --site chose 2 (longman, oxford): give one name", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bench_with_all_is_a_usage_error_too()
    {
        var run = await CliRun.RunAsync("bench", "love", "--site", "all");

        UsageAssert.IsUsageError(run, server);
        Assert.Contains("bench looks up one site at a time", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_site_mapped_by_name_sends_its_requests_there()
    {
        // Arrange
        server.Otherwise(FixtureResponse.Page("florp_1.html"));

        // Act
        var run = await CliRun.RunAsync("lookup", "florp", "--site", "macmillan-uk", "--homographs", "first", "--base-url", $"macmillan-uk={Url}");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["/dictionary/british/florp"], server.RequestTargets);
    }
}
