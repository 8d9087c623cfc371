using Scraper.Caching;
using Scraper.Tests.Support;

namespace Scraper.Tests.Caching;

/// <summary>The cache directory on a real file system: what is written is read back whole, or not at all.</summary>
public sealed class DiskCacheTests : IDisposable
{
    private static readonly Uri Love = new("http://127.0.0.1:5000/dictionary/british/love");
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public async Task A_written_page_reads_back_with_its_status_headers_and_text()
    {
        // Arrange
        var cache = new DiskCache(directory.Path);
        var page = Page(Love, "<html><body>café ♥ love</body></html>");

        // Act
        await cache.WriteAsync(page, TestContext.Current.CancellationToken);
        var read = await cache.ReadAsync(Love, TestContext.Current.CancellationToken);

        // Assert
        Assert.NotNull(read);
        Assert.Equal(page.Body.ToArray(), read.Body.ToArray());
        Assert.Equal(page.Entry with { BodyBytes = page.Body.Length, AsServed = true, BodySha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(page.Body.Span)) }, read.Entry);
        var again = await cache.ReadAsync(Love, TestContext.Current.CancellationToken);
        Assert.Equal(read.Entry, again?.Entry);
        Assert.Equal(read.Body.ToArray(), again?.Body.ToArray());
    }

    [Fact]
    public async Task The_file_is_named_by_a_hash_of_the_url_and_holds_the_url_on_its_first_line()
    {
        // Act
        await new DiskCache(directory.Path).WriteAsync(Page(Love, "<html></html>"), TestContext.Current.CancellationToken);

        // Assert
        var file = Assert.Single(directory.Files());
        Assert.Matches("^[0-9a-f]{64}\\.page$", System.IO.Path.GetFileName(file));
        Assert.Equal(System.IO.Path.GetFileName(file)[..2], System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(file)));
        Assert.Contains($"\"url\":\"{Love.AbsoluteUri}\"", File.ReadLines(file).First(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_cut_short_is_a_miss_and_is_not_listed()
    {
        // Arrange: what a torn write would leave if the file were written in place.
        var cache = new DiskCache(directory.Path);
        await cache.WriteAsync(Page(Love, "<html><body>a page long enough to cut</body></html>"), TestContext.Current.CancellationToken);
        var file = Assert.Single(directory.Files());
        var bytes = await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(file, bytes[..^10], TestContext.Current.CancellationToken);

        // Act
        var read = await cache.ReadAsync(Love, TestContext.Current.CancellationToken);

        // Assert
        Assert.Null(read);
        Assert.Empty(cache.Entries(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_rewrite_replaces_the_entry_and_leaves_no_temporary_file()
    {
        // Arrange
        var cache = new DiskCache(directory.Path);
        await cache.WriteAsync(Page(Love, "<html>old</html>"), TestContext.Current.CancellationToken);

        // Act
        await cache.WriteAsync(Page(Love, "<html>new</html>") with { Entry = Page(Love, "").Entry with { ETag = "\"v2\"" } }, TestContext.Current.CancellationToken);

        // Assert
        var read = await cache.ReadAsync(Love, TestContext.Current.CancellationToken);
        Assert.Equal(("<html>new</html>", "\"v2\""), (Text(read?.Body), read?.Entry.ETag));
        Assert.Single(directory.Files());
        Assert.Empty(directory.Files("*.tmp"));
    }

    [Fact]
    public async Task A_file_that_holds_another_url_is_not_this_page()
    {
        // Arrange: a file copied (or renamed) to another URL's name.
        var cache = new DiskCache(directory.Path);
        var hate = new Uri("http://127.0.0.1:5000/dictionary/british/hate");
        await cache.WriteAsync(Page(Love, "<html></html>"), TestContext.Current.CancellationToken);
        var target = cache.PathOf(hate);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        File.Copy(cache.PathOf(Love), target);

        // Act
        var read = await cache.ReadAsync(hate, TestContext.Current.CancellationToken);

        // Assert
        Assert.Null(read);
    }

    [Fact]
    public async Task Entries_lists_every_whole_page_and_skips_leftover_temporary_files()
    {
        // Arrange
        var cache = new DiskCache(directory.Path);
        var hate = new Uri("http://127.0.0.1:5000/dictionary/british/hate");
        await cache.WriteAsync(Page(Love, "<html>1</html>"), TestContext.Current.CancellationToken);
        await cache.WriteAsync(Page(hate, "<html>2</html>"), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(cache.PathOf(hate) + ".0123.tmp", "{\"url\":", TestContext.Current.CancellationToken);

        // Act
        var urls = cache.Entries(TestContext.Current.CancellationToken).Select(e => e.Entry.Url).Order(StringComparer.Ordinal);

        // Assert
        Assert.Equal([hate.AbsoluteUri, Love.AbsoluteUri], urls);
    }

    [Fact]
    public async Task A_file_of_an_earlier_version_holding_UTF_8_text_is_read_as_UTF_8_whatever_charset_the_site_sent()
    {
        // Arrange: earlier versions stored the decoded text as UTF-8 and the site's Content-Type as it was.
        var cache = new DiskCache(directory.Path);
        var text = System.Text.Encoding.UTF8.GetBytes("<html><body>café</body></html>");
        var line = $"{{\"url\":\"{Love.AbsoluteUri}\",\"statusCode\":200,\"finalUrl\":\"{Love.AbsoluteUri}\",\"contentType\":\"text/html; charset=windows-1252\",\"storedAt\":\"2025-07-01T10:00:00+00:00\",\"bodyBytes\":{text.Length}}}\n";
        var path = cache.PathOf(Love);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, [.. System.Text.Encoding.UTF8.GetBytes(line), .. text], TestContext.Current.CancellationToken);

        // Act
        var read = await cache.ReadAsync(Love, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(text, read?.Body.ToArray());
        Assert.Equal("text/html; charset=utf-8", read?.Entry.ContentType);
    }

    private static CachedPage Page(Uri url, string body) => new(
        new CacheEntry(url.AbsoluteUri, 200, url.AbsoluteUri, "text/html; charset=utf-8", "\"abc\"", "Tue, 01 Jul 2025 10:00:00 GMT", new DateTimeOffset(2025, 7, 1, 10, 0, 0, TimeSpan.Zero), 0),
        System.Text.Encoding.UTF8.GetBytes(body));

    private static string? Text(ReadOnlyMemory<byte>? body) => body is { } bytes ? System.Text.Encoding.UTF8.GetString(bytes.Span) : null;
}
