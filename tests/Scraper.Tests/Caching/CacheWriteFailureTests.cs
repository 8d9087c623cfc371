using Scraper.Fetching;
using Scraper.Lookup;
using Scraper.Results;
using Scraper.Sites;
using Scraper.Tests.Support;
using Serilog.Events;

namespace Scraper.Tests.Caching;

/// <summary>
/// A cache directory that cannot be written (a file stands where the directory should be: this fails for root too):
/// the words are still found, one warning says the cache is given up, and it is given up.
/// </summary>
public sealed class CacheWriteFailureTests : IAsyncLifetime
{
    private readonly TempDirectory temp = new();
    private readonly LogCapture log = new();
    private FixtureServer server = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        server = await FixtureServer.StartAsync(Cancellation);
        server.Otherwise(FixtureResponse.Page("florp_1.html"));
    }

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        temp.Dispose();
    }

    [Fact]
    public async Task After_the_first_failed_write_no_later_page_is_written_even_once_writing_would_work()
    {
        // Arrange: "cache" is a file, so no page can be written under it.
        var cache = Path.Combine(temp.Path, "cache");
        await File.WriteAllTextAsync(cache, "not a directory", Cancellation);
        var options = new FetchOptions { CacheDirectory = cache };
        using var session = Engine.Session(options, HomographMode.First, log: log.Logger);
        var lookup = session.Site("macmillan-uk", server.BaseUrl);

        // Act: the first word's page cannot be kept; then the way is clear again for the next words.
        var first = await session.LookupAsync(lookup, "florp", Cancellation);
        File.Delete(cache);
        Directory.CreateDirectory(cache);
        var later = new[] { await session.LookupAsync(lookup, "glimmet", Cancellation), LookupSession.LookupBlocking(lookup, "quarn", Cancellation) };

        // Assert
        Assert.All([first, .. later], r => Assert.Equal(LookupStatus.Found, r.Status));
        var warning = Assert.Single(log.Lines(LogEventLevel.Warning));
        Assert.Contains("no more pages will be kept", warning, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(cache));
    }

    [Fact]
    public async Task A_cache_that_can_be_written_keeps_every_page()
    {
        // Arrange: the same run with a cache that works, so the test above is not green for another reason.
        var cache = Path.Combine(temp.Path, "cache");
        var options = new FetchOptions { CacheDirectory = cache };
        using var session = Engine.Session(options, HomographMode.First, log: log.Logger);
        var lookup = session.Site("macmillan-uk", server.BaseUrl);

        // Act
        await session.LookupAsync(lookup, "glimmet", Cancellation);
        LookupSession.LookupBlocking(lookup, "quarn", Cancellation);

        // Assert
        Assert.Empty(log.Lines(LogEventLevel.Warning));
        Assert.Equal(2, Directory.GetFiles(cache, "*.page", SearchOption.AllDirectories).Length);
    }
}
