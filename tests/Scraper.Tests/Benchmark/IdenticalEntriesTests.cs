using Scraper.Benchmark;
using Scraper.Fetching;
using Scraper.Lookup;
using Scraper.Results;
using Scraper.Sites;
using Scraper.Tests.Support;
using Serilog.Core;

namespace Scraper.Tests.Benchmark;

/// <summary>
/// The bench's "identical entries" verdict on passes that really ran: a blocking pass and an async pass of the same
/// words against a server that answers the second pass differently from the first.
/// </summary>
public sealed class IdenticalEntriesTests : IAsyncLifetime
{
    private static readonly string[] Words = ["florp", "snargle"];

    private FixtureServer server = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => server = await FixtureServer.StartAsync(Cancellation);

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Passes_whose_answers_were_the_same_are_identical()
    {
        // Arrange
        server.Serve(JsonResults.Prefix + "florp", "florp_1.html").Serve(JsonResults.Prefix + "snargle", "snargle-notfound.html");

        // Act
        var (sync, async) = await RunTwoPassesAsync();

        // Assert
        Assert.Equal([LookupStatus.Found, LookupStatus.NotFound], sync.Select(r => r.Status));
        Assert.True(IdenticalEntries.Check([sync, async]));
    }

    [Fact]
    public async Task A_word_that_ends_with_another_status_in_one_pass_makes_the_passes_differ()
    {
        // Arrange: snargle is a 404 (not-found) the first time and a 500 (failed) the second: no entries either way.
        server.Serve(JsonResults.Prefix + "florp", "florp_1.html")
            .Script(JsonResults.Prefix + "snargle", FixtureResponse.WithStatus(404), FixtureResponse.WithStatus(500));

        // Act
        var (sync, async) = await RunTwoPassesAsync();

        // Assert
        Assert.Equal((LookupStatus.NotFound, LookupStatus.Failed), (sync[1].Status, async[1].Status));
        Assert.Equal((sync[1].Entries.Count, sync[1].Suggestions.Count), (async[1].Entries.Count, async[1].Suggestions.Count));
        Assert.False(IdenticalEntries.Check([sync, async]));
    }

    [Fact]
    public async Task A_word_whose_page_read_other_entries_in_one_pass_makes_the_passes_differ()
    {
        // Arrange
        server.Script(JsonResults.Prefix + "florp", FixtureResponse.Page("florp_1.html"), FixtureResponse.Page("florp_2.html"))
            .Serve(JsonResults.Prefix + "snargle", "snargle-notfound.html");

        // Act
        var (sync, async) = await RunTwoPassesAsync();

        // Assert
        Assert.Equal((LookupStatus.Found, LookupStatus.Found), (sync[0].Status, async[0].Status));
        Assert.False(IdenticalEntries.Check([sync, async]));
    }

    [Fact]
    public async Task A_word_that_failed_in_both_passes_for_different_reasons_extracted_the_same_nothing()
    {
        // Arrange: the error text says how a failure happened; what was extracted is the status and the entries.
        server.Serve(JsonResults.Prefix + "florp", "florp_1.html")
            .Script(JsonResults.Prefix + "snargle", FixtureResponse.WithStatus(503), FixtureResponse.WithStatus(500));

        // Act
        var (sync, async) = await RunTwoPassesAsync();

        // Assert
        Assert.Equal((LookupStatus.Failed, LookupStatus.Failed), (sync[1].Status, async[1].Status));
        Assert.NotEqual(sync[1].Error, async[1].Error);
        Assert.True(IdenticalEntries.Check([sync, async]));
    }

    [Fact]
    public async Task A_word_looked_up_twice_in_one_pass_that_came_out_differently_makes_the_entries_not_identical()
    {
        // Arrange: a pass of -n 4 cycles the words, so florp comes twice: found the first time, failed (500) the second.
        server.Script(JsonResults.Prefix + "florp", FixtureResponse.Page("florp_1.html"), FixtureResponse.WithStatus(500))
            .Serve(JsonResults.Prefix + "snargle", "snargle-notfound.html");
        using var session = Engine.Session(new FetchOptions { Retries = 0 });
        var runner = new BenchRunner(session, session.Site("macmillan-uk", server.BaseUrl));

        // Act
        var pass = await runner.RunPassAsync(BenchMode.Sync, 1, [.. Words, .. Words], null, Cancellation);

        // Assert: one pass alone, compared with nothing else, is not identical with itself.
        Assert.Equal([LookupStatus.Found, LookupStatus.NotFound, LookupStatus.Failed, LookupStatus.NotFound], pass.Results.Select(r => r.Status));
        Assert.False(IdenticalEntries.Check([pass.Results]));
    }

    // The bench's two ways of looking words up: one page at a time blocking, then all at once.
    private async Task<(IReadOnlyList<LookupResult> Sync, IReadOnlyList<LookupResult> Async)> RunTwoPassesAsync()
    {
        var options = new FetchOptions { Retries = 0 };
        using var session = Engine.Session(options, HomographMode.First);
        var lookup = session.Site("macmillan-uk", server.BaseUrl);
        var sync = await Task.Run(() => Words.Select(w => LookupSession.LookupBlocking(lookup, w, Cancellation)).ToList(), Cancellation);
        var async = await Task.WhenAll(Words.Select(w => session.LookupAsync(lookup, w, Cancellation)));
        return (sync, async);
    }
}
