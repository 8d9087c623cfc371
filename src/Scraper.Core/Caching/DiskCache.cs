using System.Security.Cryptography;
using System.Text;

namespace Scraper.Caching;

/// <summary>
/// Fetched pages on disk, keyed by URL: <c>DIR/ab/abcdef….page</c>, named by the SHA-256 of the URL (spread over
/// 256 folders so that no folder grows huge), with the URL itself stored inside and checked on every read.
/// </summary>
public sealed class DiskCache(string directory)
{
    public string Directory { get; } = directory;

    public async Task<CachedPage?> ReadAsync(Uri url, CancellationToken cancellationToken) =>
        ForUrl(await CacheFile.ReadAsync(PathOf(url), cancellationToken), url);

    public Task WriteAsync(CachedPage page, CancellationToken cancellationToken) =>
        CacheFile.WriteAsync(PathOf(new Uri(page.Entry.Url)), page, cancellationToken);

    /// <summary>Every whole entry in the directory with its file, read from the files' first lines; anything else is skipped.</summary>
    /// <remarks>The cache's own layout only (<see cref="CacheFolder.PageFiles"/>): no link out of it, no loop of links.</remarks>
    public IEnumerable<(string Path, CacheEntry Entry)> Entries(CancellationToken cancellationToken = default)
    {
        foreach (var file in CacheFolder.PageFiles(Directory, cancellationToken).Select(f => f.FullName))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entry = TryReadEntry(file);
            if (entry is not null)
            {
                yield return (file, entry);
            }
        }
    }

    /// <summary>The page in one file that <see cref="Entries"/> listed; null if it is gone or no longer whole.</summary>
    public static Task<CachedPage?> ReadFileAsync(string path, CancellationToken cancellationToken) =>
        CacheFile.ReadAsync(path, cancellationToken);

    internal string PathOf(Uri url)
    {
        var name = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url.AbsoluteUri)));
        return Path.Combine(Directory, name[..2], name + CacheFile.Extension);
    }

    // The file name is a hash; the URL inside is the key, so a file that holds another URL is not this page.
    private static CachedPage? ForUrl(CachedPage? page, Uri url) =>
        page is not null && string.Equals(page.Entry.Url, url.AbsoluteUri, StringComparison.Ordinal) ? page : null;

    private static CacheEntry? TryReadEntry(string file)
    {
        try
        {
            return CacheFile.ReadEntry(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
