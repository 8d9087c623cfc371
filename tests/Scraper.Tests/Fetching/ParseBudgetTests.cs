using Scraper.Tests.Support;

namespace Scraper.Tests.Fetching;

/// <summary>
/// A page over the parse budget ends `failed` saying why, and the other words of the run go on; the budget is checked
/// as AngleSharp builds the page, so it stops such a page part-way rather than after it (unbounded, the first page
/// would take minutes and the second hours).
/// </summary>
public sealed class ParseBudgetTests : IAsyncLifetime
{
    private const string Prefix = JsonResults.Prefix;
    private RawPageServer server = null!;

    public async ValueTask InitializeAsync() => server = await RawPageServer.StartAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task A_page_nested_100000_levels_deep_fails_once_it_has_taken_the_time_budget_and_the_other_word_is_found()
    {
        // Arrange
        server.Serve(Prefix + "deep", PathologicalPages.Nested(100_000)).Serve(Prefix + "florp", RawAnswer.Fixture(200, "florp_1.html"));

        // Act
        var run = await LookupAsync("deep", "florp");

        // Assert
        var results = JsonResults.FromArray(run.Out);
        Assert.Equal(("failed", "not parsed: the page took over 2 s to parse"), (results[0].Status(), results[0].GetProperty("error").GetString()));
        Assert.Equal("found", results[1].Status());
        Assert.Equal(3, run.ExitCode);
    }

    [Fact]
    public async Task A_page_that_hides_its_nesting_behind_stray_end_tags_fails_once_it_has_taken_the_time_budget()
    {
        // Arrange
        server.Serve(Prefix + "slow", PathologicalPages.NestedBehindStrayEndTags(150_000)).Serve(Prefix + "florp", RawAnswer.Fixture(200, "florp_1.html"));

        // Act
        var run = await LookupAsync("slow", "florp");

        // Assert
        var results = JsonResults.FromArray(run.Out);
        Assert.Equal(("failed", "not parsed: the page took over 2 s to parse"), (results[0].Status(), results[0].GetProperty("error").GetString()));
        Assert.Equal("found", results[1].Status());
        Assert.Equal(3, run.ExitCode);
    }

    private Task<CliRun> LookupAsync(params string[] words) =>
        CliRun.RunAsync(["lookup", .. words, "--homographs", "first", "--retries", "0", "--format", "json", "--site", "macmillan-uk", "--base-url", server.BaseUrl.AbsoluteUri]);
}
