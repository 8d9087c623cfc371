using Scraper.Tests.Support;

namespace Scraper.Tests.Lookup;

/// <summary>How each kind of page ends a word, through `scraper lookup` against the fixture pages on a real server.</summary>
public sealed class LookupOutcomeTests : IAsyncLifetime
{
    private const string Prefix = JsonResults.Prefix;
    private FixtureServer server = null!;

    public async ValueTask InitializeAsync()
    {
        server = await FixtureServer.StartAsync(TestContext.Current.CancellationToken);
        server.Serve(Prefix + "florp", "florp_1.html")
            .Serve(Prefix + "florp_1", "florp_1.html")
            .Serve(Prefix + "florp_2", "florp_2.html")
            .Serve(Prefix + "snargle", "snargle-notfound.html")
            .Serve(Prefix + "drifted", "drifted.html")
            .Serve(Prefix + "challenged", "challenge.html")
            .Script(Prefix + "refused", FixtureResponse.WithStatus(403));
    }

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task An_unknown_word_ends_not_found_with_its_suggestions_and_exit_1()
    {
        // Act
        var run = await CliRun.LookupAsync(server, "snargle", "--format", "json");

        // Assert
        var result = JsonResults.Single(run.Out);
        Assert.Equal("not-found", result.Status());
        Assert.Equal(["snarl", "snarled", "gargle", "spangle"], result.Suggestions());
        Assert.Empty(result.Entries());
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task Both_homographs_are_followed_by_default_through_links_to_the_live_site()
    {
        // Act
        var run = await CliRun.LookupAsync(server, "florp", "--homographs", "all", "--format", "json");

        // Assert
        var result = JsonResults.Single(run.Out);
        Assert.Equal("found", result.Status());
        Assert.Equal([(1, "verb"), (2, "noun")], result.Entries().Select(e => (e.GetProperty("homograph").GetInt32(), e.GetProperty("partOfSpeech").GetString())));
        Assert.Equal([Prefix + "florp", Prefix + "florp_2"], server.RequestTargets);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task A_homograph_page_the_site_does_not_have_fails_the_word_naming_its_status_as_the_results_do()
    {
        // Arrange
        server.Serve(Prefix + "florp_2", "snargle-notfound.html");

        // Act
        var run = await CliRun.LookupAsync(server, "florp", "--format", "json");

        // Assert
        var result = JsonResults.Single(run.Out);
        Assert.Equal("failed", result.Status());
        Assert.Contains("florp_2 not-found", result.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, run.ExitCode);
    }

    [Fact]
    public async Task Only_the_first_homograph_is_read_with_homographs_first()
    {
        // Act
        var run = await CliRun.LookupAsync(server, "florp", "--homographs", "first", "--format", "json");

        // Assert
        var entry = Assert.Single(JsonResults.Single(run.Out).Entries());
        Assert.Equal(1, entry.GetProperty("homograph").GetInt32());
        Assert.Equal([Prefix + "florp"], server.RequestTargets);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task A_page_whose_markup_drifted_ends_empty_with_exit_3()
    {
        // Act
        var run = await CliRun.LookupAsync(server, "drifted", "--format", "json");

        // Assert
        var result = JsonResults.Single(run.Out);
        Assert.Equal("empty", result.Status());
        Assert.Empty(result.Entries());
        Assert.Equal(3, run.ExitCode);
    }

    [Theory]
    [InlineData("challenged", 200)]
    [InlineData("refused", 403)]
    public async Task A_bot_challenge_or_a_403_ends_blocked_not_not_found_with_exit_3(string word, int httpStatus)
    {
        // Act
        var run = await CliRun.LookupAsync(server, word, "--format", "json");

        // Assert
        var result = JsonResults.Single(run.Out);
        Assert.Equal(("blocked", httpStatus), (result.Status(), result.GetProperty("httpStatus").GetInt32()));
        Assert.Equal(1, result.Attempts());
        Assert.Equal(3, run.ExitCode);
    }

    [Fact]
    public async Task The_worst_outcome_sets_the_exit_code_when_words_end_differently()
    {
        // Act
        var run = await CliRun.LookupAsync(server, "florp", "snargle", "drifted", "--format", "json");

        // Assert
        Assert.Equal(["found", "not-found", "empty"], JsonResults.FromArray(run.Out).Select(r => r.Status()));
        Assert.Equal(3, run.ExitCode);
    }
}
