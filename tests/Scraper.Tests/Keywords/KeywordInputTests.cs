using Scraper.Tests.Cli;
using Scraper.Tests.Support;

namespace Scraper.Tests.Keywords;

/// <summary>What keywords reach the wire: stdin merged with arguments, and hostile lines kept inside one path segment.</summary>
public sealed class KeywordInputTests : IAsyncLifetime
{
    private const string Prefix = JsonResults.Prefix;
    private FixtureServer server = null!;

    public async ValueTask InitializeAsync()
    {
        server = await FixtureServer.StartAsync(TestContext.Current.CancellationToken);
        server.Otherwise(FixtureResponse.Page("snargle-notfound.html"));
    }

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Keywords_from_stdin_merge_with_arguments_and_each_is_requested_once()
    {
        // Arrange
        const string stdin = "\uFEFFflorp\r\n  Snargle  \r\n# florp_9\r\n\r\nFLORP\r\ncafe\u0301\r\n";

        // Act
        var run = await CliRun.RunWithStdinAsync(stdin, "lookup", "florp", "café", "zibble", "-f", "-", "--site", "macmillan-uk", "--base-url", server.BaseUrl.AbsoluteUri, "--format", "jsonl");

        // Assert
        Assert.Equal([Prefix + "cafe", Prefix + "florp", Prefix + "snargle", Prefix + "zibble"], server.RequestTargets.Order(StringComparer.Ordinal));
        Assert.Equal(4, run.OutLines.Length);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task Hostile_keyword_lines_only_ever_request_paths_under_the_edition_prefix()
    {
        // Arrange: through a file, where no line is ever an option or a response file.
        string[] hostile = ["../../etc/passwd", "a/b", "?x=1#y", "%2e%2e", "..", "a\\b", "@evil.example", "http://evil.example/x"];

        // Act
        var run = await CliRun.RunWithStdinAsync(string.Join('\n', hostile), "lookup", "-f", "-", "--site", "macmillan-uk", "--base-url", server.BaseUrl.AbsoluteUri, "--format", "json");

        // Assert
        Assert.Equal(
            [Prefix + "2e-2e", Prefix + "a-b", Prefix + "a-b", Prefix + "etc-passwd", Prefix + "evil-example", Prefix + "http-evil-example-x", Prefix + "x-1-y"],
            server.RequestTargets.Order(StringComparer.Ordinal));
        var results = JsonResults.FromArray(run.Out);
        Assert.Equal(hostile, results.Select(r => r.GetProperty("keyword").GetString()));
        var dots = results[Array.IndexOf(hostile, "..")];
        Assert.Equal("not-found", dots.Status());
        Assert.StartsWith("not looked up", dots.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task An_argument_starting_with_at_after_double_dash_is_a_word_not_a_response_file()
    {
        // Act
        var run = await CliRun.RunAsync("lookup", "--site", "macmillan-uk", "--base-url", server.BaseUrl.AbsoluteUri, "--format", "json", "--", "@evil.example");

        // Assert
        Assert.Equal([Prefix + "evil-example"], server.RequestTargets);
        Assert.Equal("@evil.example", JsonResults.FromArray(run.Out).Single().GetProperty("keyword").GetString());
    }

    [Fact]
    public async Task A_keyword_with_an_escape_sequence_never_puts_ESC_on_stdout_in_a_table()
    {
        // Act
        var run = await CliRun.LookupAsync(server, "\u001b[2J\u001b]0;pwned\u0007florp\u001b[31m", "--format", "table");

        // Assert
        Assert.NotEqual("", run.Out);
        Assert.DoesNotContain('\u001b', run.Out);
        Assert.DoesNotContain('\u0007', run.Out);
        Assert.All(server.RequestTargets, t => Assert.StartsWith(Prefix, t, StringComparison.Ordinal));
        Assert.Equal(1, run.ExitCode);
    }
}
