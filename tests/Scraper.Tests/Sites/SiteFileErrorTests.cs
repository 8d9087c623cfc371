using Scraper.Tests.Cli;
using Scraper.Tests.Support;

namespace Scraper.Tests.Sites;

/// <summary>A bad --site-file: exit 2, one line on stderr that says what is wrong, no stack trace, nothing fetched.</summary>
public sealed class SiteFileErrorTests : IAsyncLifetime
{
    private readonly SiteFiles files = new();
    private FixtureServer server = null!;

    public async ValueTask InitializeAsync() => server = await FixtureServer.StartAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        files.Dispose();
    }

    public static TheoryData<string, string, string> BadProfiles => new()
    {
        { "lookup", "{\n  \"name\": \"x\",\n  \"origin\" \"http://127.0.0.1\"\n}", "invalid JSON at line 3, position 12" },
        { "check", "{ \"name\": \"x\", \"origin\": \"http://127.0.0.1\", ", "invalid JSON at line 1" },
        { "lookup", Replace("\"pathTemplate\": \"/words/{slug}\",", ""), "missing required field 'pathTemplate'" },
        { "bench", Replace("\"headword\": \"h1.word\",", ""), "missing required field 'selectors.headword'" },
        { "lookup", Replace("\"name\": \"plainwords\"", "\"name\": null"), "'name' must not be null at line 3" },
        { "lookup", Replace("\"requestsPerSecond\": 20", "\"requestsPerSecond\": \"fast\""), "'requestsPerSecond' must be a number at line 20" },
        { "check", Replace("\"slugRule\": \"dashed\"", "\"slugRule\": \"kebab\""), "'slugRule' must be one of Dashed, Title" },
        { "lookup", " \n", "the file is empty" },
        { "check", Replace("http://127.0.0.1:9/", "ftp://127.0.0.1:9/"), "'origin' must be an absolute http(s) URL" },
        { "lookup", Replace("http://127.0.0.1:9/", "127.0.0.1/words"), "'origin' must be an absolute http(s) URL" },
        { "lookup", Replace("/words/{slug}", "/words/"), "holds it 0 times" },
        { "check", Replace("/words/{slug}", "/words/{slug}/{slug}"), "holds it 2 times" },
        { "lookup", Replace("\"p.gloss\"", "\"p.gloss[\""), "'selectors.definition' is not a valid CSS selector: 'p.gloss['" },
        { "bench", Replace("\".no-match h1\"", "\".no-match h1:nope\""), "'selectors.notFound' is not a valid CSS selector" },
        { "lookup", Replace("\"example\":", "\"exmaple\":"), "unknown field 'selectors.exmaple'" },
        { "lookup", Replace("\"checkWords\": [\"kettle\"]", "\"checkWords\": []"), "'checkWords' must list at least one word" },
        { "lookup", "[" + SiteFiles.Plainwords(new Uri("http://127.0.0.1:9/")) + "]", "found a list" },
    };

    [Theory]
    [MemberData(nameof(BadProfiles))]
    public async Task A_bad_profile_is_one_line_naming_the_file_and_the_problem(string command, string json, string expected)
    {
        // Arrange
        var path = files.Write(json);

        // Act
        var run = await Run(command, "--site-file", path);

        // Assert
        UsageAssert.IsUsageError(run, server);
        Assert.Contains($"site file '{path}': ", run.Error, StringComparison.Ordinal);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lookup")]
    [InlineData("check")]
    public async Task A_missing_file_is_one_line_and_exit_2(string command)
    {
        // Act
        var run = await Run(command, "--site-file", Path.Combine(files.Folder, "absent.json"));

        // Assert
        UsageAssert.IsUsageError(run, server);
        Assert.Contains("cannot read site file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreadable_path_such_as_a_folder_is_one_line_and_exit_2()
    {
        // Act
        var run = await Run("lookup", "--site-file", files.Folder);

        // Assert
        UsageAssert.IsUsageError(run, server);
        Assert.Contains($"cannot read site file '{files.Folder}'", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lookup")]
    [InlineData("bench")]
    [InlineData("check")]
    public async Task Site_and_site_file_together_are_one_line_and_exit_2(string command)
    {
        // Arrange
        var path = files.Write(SiteFiles.Plainwords(server.BaseUrl));

        // Act
        var run = await Run(command, "--site", "macmillan", "--site-file", path);

        // Assert
        UsageAssert.IsUsageError(run, server);
        Assert.Contains("--site and --site-file cannot be used together", run.Error, StringComparison.Ordinal);
    }

    private static string Replace(string from, string to)
    {
        var json = SiteFiles.Plainwords(new Uri("http://127.0.0.1:9/"));
        Assert.Contains(from, json, StringComparison.Ordinal);
        return json.Replace(from, to, StringComparison.Ordinal);
    }

    private Task<CliRun> Run(string command, params string[] options) => command == "check"
        ? CliRun.RunAsync(["check", .. options, "--base-url", server.BaseUrl.AbsoluteUri])
        : CliRun.RunAsync([command, "kettle", .. options, "--base-url", server.BaseUrl.AbsoluteUri]);
}
