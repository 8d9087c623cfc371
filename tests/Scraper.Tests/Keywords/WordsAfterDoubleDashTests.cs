using Scraper.Tests.Cli;
using Scraper.Tests.Support;

namespace Scraper.Tests.Keywords;

/// <summary>After "--" every argument is a word, so that a word starting with - or @ can still be looked up.</summary>
public sealed class WordsAfterDoubleDashTests : IAsyncLifetime
{
    private FixtureServer server = null!;

    public async ValueTask InitializeAsync() => server = await FixtureServer.StartAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task A_word_starting_with_a_dash_after_double_dash_is_looked_up()
    {
        // Act
        var run = await CliRun.RunAsync("lookup", "--site", "macmillan-uk", "--base-url", server.BaseUrl.AbsoluteUri, "--format", "json", "--", "-ism", "--concurency");

        // Assert: the server's 404 makes both not-found, but both were asked for.
        Assert.Equal(1, run.ExitCode);
        Assert.Equal([JsonResults.Prefix + "concurency", JsonResults.Prefix + "ism"], server.RequestTargets.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("-ism")]
    [InlineData("-1")]
    [InlineData("@words.txt")]
    public async Task The_same_word_before_double_dash_is_a_usage_error_and_nothing_is_fetched(string word)
    {
        // Act
        var run = await CliRun.LookupAsync(server, "love", word);

        // Assert
        UsageAssert.IsUsageError(run, server);
        Assert.Contains($"'{word}'", run.Error, StringComparison.Ordinal);
        Assert.Contains("after --", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mistyped_option_holding_an_escape_sequence_is_quoted_without_it()
    {
        // Act
        var run = await CliRun.LookupAsync(server, "love", "--\u001b[2J\u001b]0;pwned\u0007red");

        // Assert
        UsageAssert.IsUsageError(run, server);
        Assert.DoesNotContain('\u001b', run.Error);
        Assert.DoesNotContain('\u0007', run.Error);
        Assert.Contains("unknown option '--[2J]0;pwnedred'", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sites", "--site", "unknown option '--site' for 'scraper sites'; it is an option of 'scraper lookup'")]
    [InlineData("serve", "--prot", "unknown option '--prot' for 'scraper serve'; did you mean '--port'?")]
    [InlineData("check", "--timout", "unknown option '--timout' for 'scraper check'; did you mean '--timeout'?")]
    public async Task An_unknown_option_of_a_command_without_words_names_the_nearest_or_its_command(string command, string typed, string expected)
    {
        // Act
        var run = await CliRun.RunAsync(command, typed, "5");

        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"scraper: {expected}", run.ErrorLines[0]);
        Assert.Equal("", run.Out);
    }
}
