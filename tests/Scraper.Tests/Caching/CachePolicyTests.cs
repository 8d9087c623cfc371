using Scraper.Caching;
using Scraper.Fetching;
using Scraper.Lookup;
using Scraper.Sites;
using Scraper.Tests.Parsing;
using Scraper.Tests.Support;

namespace Scraper.Tests.Caching;

/// <summary>Which answers the cache keeps, and how it revalidates, against scripted answers of a real server.</summary>
public sealed class CachePolicyTests : IAsyncLifetime
{
    private const string Prefix = JsonResults.Prefix;
    private const string LastModified = "Tue, 01 Jul 2025 10:00:00 GMT";
    private readonly TempDirectory cache = new();
    private FixtureServer server = null!;

    public async ValueTask InitializeAsync() => server = await FixtureServer.StartAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        cache.Dispose();
    }

    [Fact]
    public async Task Only_entries_and_the_sites_not_found_page_are_kept_never_errors_challenges_or_unreadable_pages()
    {
        // Arrange
        server.Serve(Prefix + "florp", "florp_1.html")
            .Script(Prefix + "snargle", new FixtureResponse(404, FixtureResponse.ReadFixture("snargle-notfound.html")))
            .Serve(Prefix + "guarded", "challenge.html")
            .Serve(Prefix + "drifted", "drifted.html")
            .Script(Prefix + "broken", FixtureResponse.WithStatus(503));
        string[] words = ["florp", "snargle", "guarded", "drifted", "broken", "gone"];
        var first = await LookupAsync([.. words, "--retries", "0"]);

        // Act
        var second = await LookupAsync([.. words, "--retries", "0"]);

        // Assert
        Assert.Equal(
            [1, 1, 2, 2, 2, 2],
            words.Select(w => server.RequestsTo(Prefix + w)));
        Assert.Equal(Statuses(first.Out), Statuses(second.Out));
        Assert.Equal(["found", "not-found", "blocked", "empty", "failed", "not-found"], Statuses(second.Out));
    }

    [Fact]
    public async Task A_page_with_Last_Modified_is_revalidated_with_If_Modified_Since_and_a_304_keeps_the_cached_page()
    {
        // Arrange
        server.Script(
            Prefix + "florp",
            FixtureResponse.Page("florp_1.html") with { Headers = new Dictionary<string, string> { ["Last-Modified"] = LastModified } },
            new FixtureResponse(304));
        var first = await LookupAsync("florp");

        // Act
        var second = await LookupAsync("florp");

        // Assert
        Assert.Equal([null, LastModified], server.HeaderValues("If-Modified-Since"));
        var result = JsonResults.Single(second.Out);
        Assert.Equal(("found", 1, 200), (result.Status(), result.Attempts(), result.GetProperty("httpStatus").GetInt32()));
        Assert.Equal(JsonResults.Single(first.Out).GetProperty("entries").GetRawText(), result.GetProperty("entries").GetRawText());
    }

    [Fact]
    public async Task A_changed_page_replaces_the_cached_one_and_its_new_ETag_is_sent_next_time()
    {
        // Arrange: the site ignores the first If-None-Match and sends the page again with a new ETag.
        server.Script(
            Prefix + "florp",
            FixtureResponse.Page("florp_1.html") with { Headers = new Dictionary<string, string> { ["ETag"] = "\"v1\"" } },
            FixtureResponse.Page("florp_1.html") with { Headers = new Dictionary<string, string> { ["ETag"] = "\"v2\"" } },
            new FixtureResponse(304));

        // Act
        await LookupAsync("florp");
        await LookupAsync("florp");
        var third = await LookupAsync("florp");

        // Assert
        Assert.Equal([null, "\"v1\"", "\"v2\""], server.HeaderValues("If-None-Match"));
        Assert.Equal("found", JsonResults.Single(third.Out).Status());
        Assert.Single(cache.Files());
    }

    [Fact]
    public async Task The_sync_and_async_lookups_share_the_cache_and_read_the_same_entries_from_it()
    {
        // Arrange
        server.Serve(Prefix + "florp", "florp_1.html");
        var options = new FetchOptions { CacheDirectory = cache.Path };
        using var session = Engine.Session(options, HomographMode.First);
        var lookup = session.Site("macmillan-uk", server.BaseUrl);

        // Act
        var fetched = LookupSession.LookupBlocking(lookup, "florp", TestContext.Current.CancellationToken);
        var cached = await session.LookupAsync(lookup, "florp", TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(1, server.TotalRequests);
        Assert.Equal(fetched.Entries.Select(EntryRendering.Render), cached.Entries.Select(EntryRendering.Render));
        Assert.Equal((fetched.Status, 1, 0), (cached.Status, fetched.Attempts, cached.Attempts));
        Assert.NotNull(await new DiskCache(cache.Path).ReadAsync(new Uri(server.BaseUrl, Prefix + "florp"), TestContext.Current.CancellationToken));
    }

    private Task<CliRun> LookupAsync(params string[] wordsAndOptions) =>
        CliRun.LookupAsync(server, [.. wordsAndOptions, "--homographs", "first", "--format", "json", "--cache", cache.Path]);

    private static List<string> Statuses(string json) => [.. JsonResults.FromArray(json).Select(r => r.Status())];
}
