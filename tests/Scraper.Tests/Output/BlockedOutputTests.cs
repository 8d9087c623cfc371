using Scraper.Tests.Cli;
using Scraper.Tests.Support;

namespace Scraper.Tests.Output;

/// <summary>A word the site refused is reported as a refusal in the table and the log, never as a word the dictionary lacks.</summary>
public sealed class BlockedOutputTests : IAsyncLifetime
{
    private const string Prefix = JsonResults.Prefix;
    private FixtureServer server = null!;

    public async ValueTask InitializeAsync()
    {
        server = await FixtureServer.StartAsync(TestContext.Current.CancellationToken);
        server.Serve(Prefix + "challenged", "challenge.html")
            .Script(Prefix + "refused", FixtureResponse.WithStatus(403));
    }

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Theory]
    [InlineData("refused", "refused: blocked: the site refused the tool (HTTP 403)")]
    [InlineData("challenged", "challenged: blocked: the site refused the tool (a bot-challenge page)")]
    public async Task The_table_and_the_log_say_the_site_refused_the_tool(string word, string line)
    {
        // Act
        var run = await CliRun.LookupAsync(server, word);

        // Assert
        Assert.Equal([line], run.OutLines);
        Assert.Contains(line, run.Error, StringComparison.Ordinal);
        Assert.Contains("1 blocked (the site refused the tool)", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("not in the dictionary", run.Out + run.Error, StringComparison.Ordinal);
        Assert.Equal(3, run.ExitCode);
    }

    [Fact]
    public async Task Only_the_first_blocked_word_gets_a_warning_of_its_own()
    {
        // Act
        var run = await CliRun.LookupAsync(server, "refused", "challenged", "-c", "1");

        // Assert
        Assert.Single(run.ErrorLines, l => l.Contains("WRN", StringComparison.Ordinal));
        Assert.Contains("2 blocked (the site refused the tool)", run.Error, StringComparison.Ordinal);
        Assert.Equal(3, run.ExitCode);
    }
}
