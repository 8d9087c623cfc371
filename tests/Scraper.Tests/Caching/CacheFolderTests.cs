using Scraper.Caching;
using Scraper.Tests.Support;

namespace Scraper.Tests.Caching;

/// <summary>The bound of a cache directory: the pages stored longest ago go first.</summary>
public sealed class CacheFolderTests : IDisposable
{
    private readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Trim_removes_the_pages_stored_longest_ago_until_the_rest_fit()
    {
        // Arrange: five pages of 1000 bytes, stored a minute apart.
        var cache = new DiskCache(folder.Path);
        var stored = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < 5; i++)
        {
            var url = new Uri($"http://127.0.0.1/word{i}");
            await cache.WriteAsync(new CachedPage(new CacheEntry(url.AbsoluteUri, 200, url.AbsoluteUri, "text/html", null, null, stored, 0), new byte[1000]), TestContext.Current.CancellationToken);
            File.SetLastWriteTimeUtc(cache.PathOf(url), stored.AddMinutes(i));
        }

        var onePage = new FileInfo(cache.PathOf(new Uri("http://127.0.0.1/word0"))).Length;

        // Act
        var removed = CacheFolder.Trim(folder.Path, (onePage * 2) + 10);

        // Assert
        Assert.Equal(3, removed);
        Assert.Equal(["word3", "word4"], cache.Entries(TestContext.Current.CancellationToken).Select(e => new Uri(e.Entry.Url).Segments[^1]).Order());
        Assert.Equal(new CacheUsage(2, onePage * 2), CacheFolder.Measure(folder.Path));
    }

    [Fact]
    public void A_directory_that_does_not_exist_holds_nothing_and_trims_nothing()
    {
        // Arrange
        var missing = Path.Combine(folder.Path, "missing");

        // Act and Assert
        Assert.Equal(new CacheUsage(0, 0), CacheFolder.Measure(missing));
        Assert.Equal(0, CacheFolder.Trim(missing, 0));
        Assert.Equal(0, CacheFolder.Clear(missing));
    }
}
