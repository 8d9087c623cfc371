using Scraper.Tests.Support;

namespace Scraper.Tests.Cli;

/// <summary>
/// The built executable, as a user runs it: a mistyped option or command, an @file, a value out of range or not a
/// number is exit 2 with one line that names it (and the nearest real name), never a word looked up or a stack trace.
/// </summary>
public sealed class NeverGuessProcessTests : IAsyncLifetime
{
    private FixtureServer server = null!;

    public async ValueTask InitializeAsync() => server = await FixtureServer.StartAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Theory]
    [InlineData("lookup love --concurency 4", "unknown option '--concurency' for 'scraper lookup'; did you mean '--concurrency'?")]
    [InlineData("lookup love --formt csv", "unknown option '--formt' for 'scraper lookup'; did you mean '--format'?")]
    [InlineData("lookup love --version", "unknown option '--version' for 'scraper lookup'; it is an option of scraper itself: scraper --version")]
    [InlineData("lookup @args.rsp", "'@args.rsp': arguments starting with @ are not read as response files; to look up a word starting with @, put it after --")]
    [InlineData("lookpu love", "unknown command 'lookpu'; did you mean 'scraper lookup'?")]
    [InlineData("love", "unknown command 'love' (commands: lookup, bench, serve, sites, check, parse, shell, history, cache, completion, help); to look a word up: scraper lookup love")]
    [InlineData("lookup love --timeout 86401", "--timeout must be a whole number from 1 to 3600, not '86401'")]
    [InlineData("lookup love --timeout 2147483647", "--timeout must be a whole number from 1 to 3600, not '2147483647'")]
    [InlineData("lookup love --retries 5000", "--retries must be a whole number from 0 to 100, not '5000'")]
    [InlineData("lookup love --timeout 3600 --retries 30", "--timeout 3600 with --retries 30 lets one page take over a day")]
    [InlineData("lookup love -c 99999999999", "--concurrency must be a whole number from 1 to 1000, not '99999999999'")]
    [InlineData("lookup love -c abc", "--concurrency must be a whole number from 1 to 1000, not 'abc'")]
    [InlineData("lookup love --format Xml", "--format must be one of table|json|jsonl|csv|anki|markdown, not 'Xml'")]
    [InlineData("serve --port 99999", "--port must be a whole number from 0 to 65535, not '99999'")]
    public async Task A_command_line_that_cannot_be_meant_is_exit_2_and_one_line_that_says_why(string commandLine, string expected)
    {
        // Arrange: were anything looked up, it would reach this server.
        string[] args = [.. commandLine.Split(' '), .. commandLine.StartsWith("lookup", StringComparison.Ordinal) ? ["--base-url", server.BaseUrl.AbsoluteUri] : Array.Empty<string>()];

        // Act
        var run = await CliProcess.RunAsync(args);

        // Assert
        UsageAssert.IsUsageError(run, server);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Scraper.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_parse_error_is_shown_one_line_each()
    {
        // Act
        var run = await CliProcess.RunAsync("lookup", "love", "--formt", "csv", "-c", "abc", "--timeout", "0", "--homographs", "some", "--base-url", server.BaseUrl.AbsoluteUri);

        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(4, run.ErrorLines.Length);
        Assert.All(run.ErrorLines, line => Assert.StartsWith("scraper: ", line, StringComparison.Ordinal));
        Assert.Contains("'--formt'", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Contains("--concurrency", run.Error, StringComparison.Ordinal);
        Assert.Contains("--timeout", run.Error, StringComparison.Ordinal);
        Assert.Contains("--homographs must be one of all|first, not 'some'", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, server.TotalRequests);
    }

    [Fact]
    public async Task Version_prints_the_program_name_the_version_and_the_short_commit()
    {
        // Act
        var run = await CliProcess.RunAsync("--version");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^scraper \d+\.\d+\.\d+( \([0-9a-f]{7}\))?$", Assert.Single(run.OutLines));
    }

    [Fact]
    public async Task Info_prints_what_a_bug_report_needs()
    {
        // Act
        var run = await CliProcess.RunAsync("--info");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("scraper ", run.OutLines[0], StringComparison.Ordinal);
        foreach (var field in new[] { "runtime: .NET ", "os: ", "terminal: stdout is redirected", "user-agent: scraper/", "cache: ", "config: " })
        {
            Assert.Contains(run.OutLines, line => line.StartsWith(field, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_bare_scraper_prints_the_commands_and_how_to_start_on_stderr_and_exits_2()
    {
        // Act
        var run = await CliProcess.RunAsync();

        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("Commands:", run.Error, StringComparison.Ordinal);
        Assert.Contains("scraper bench", run.Error, StringComparison.Ordinal);
        Assert.Contains("scraper lookup love", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scraper_help_prints_the_help_and_exits_0()
    {
        // Act
        var run = await CliProcess.RunAsync("help");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Commands:", run.Out, StringComparison.Ordinal);
        Assert.Contains("Examples:", run.Out, StringComparison.Ordinal);
    }
}
