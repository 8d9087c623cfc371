using System.Text.Encodings.Web;
using System.Text.Json;
using Scraper.Files;

namespace Scraper.Caching;

/// <summary>
/// One cache file: a line of JSON (the <see cref="CacheEntry"/>), a newline, then the page's bytes as the site sent
/// them, so that <c>tail -n +2</c> gives the page back and it decodes, with the Content-Type kept beside it, to the
/// same text as when it was fetched. Written to a temporary file and renamed over the old one, so a reader
/// (or a run after a crash) sees the old entry or the new one, never half of one; a file whose body is not the
/// length and digest its entry says, or whose entry no fetch could have kept, is not an entry.
/// </summary>
internal static class CacheFile
{
    public const string Extension = ".page";

    // An entry line is a URL or two and a few headers; anything longer is not a cache file.
    private const int MaxEntryBytes = 64 * 1024;

    // Relaxed, so that the line reads as written ("\"abc\"" rather than "\u0022abc\u0022"); control characters,
    // a newline among them, are still escaped, so the entry stays on its line.
    private static readonly CacheJsonContext Context = new(
        new JsonSerializerOptions(CacheJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    // A file that is missing or cannot be read is a miss: the page is fetched again, and the run goes on.
    public static async Task<CachedPage?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return Parse(await File.ReadAllBytesAsync(path, cancellationToken));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The entry alone, from the first line, without reading the page (an index of 200,000 pages reads little).</summary>
    public static CacheEntry? ReadEntry(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1);
        var head = new byte[(int)Math.Min(stream.Length, MaxEntryBytes)];
        var read = 0;
        var newline = -1;
        while (newline < 0 && read < head.Length)
        {
            var chunk = stream.Read(head, read, Math.Min(4096, head.Length - read));
            if (chunk == 0)
            {
                break;
            }

            newline = head.AsSpan(read, chunk).IndexOf((byte)'\n') is var at and >= 0 ? read + at : -1;
            read += chunk;
        }

        var entry = newline < 0 ? null : ParseEntry(head.AsSpan(0, newline));
        return entry is not null && stream.Length - newline - 1 == entry.BodyBytes ? entry : null;
    }

    public static Task WriteAsync(string path, CachedPage page, CancellationToken cancellationToken) =>
        AtomicFile.WriteBytesAsync(path, Format(page), cancellationToken);

    private static CachedPage? Parse(byte[] bytes)
    {
        var newline = bytes.AsSpan().IndexOf((byte)'\n');
        var entry = newline is < 0 or > MaxEntryBytes ? null : ParseEntry(bytes.AsSpan(0, newline));
        var body = bytes.AsSpan(newline + 1);
        return entry is not null && body.Length == entry.BodyBytes && IsWhole(entry, body) ? new CachedPage(AsServed(entry), bytes.AsMemory(newline + 1)) : null;
    }

    // A file garbled on disk, or edited, is not the page that was kept: only what the cache keeps (200, or a not-found
    // page at 404), with the body it kept, is read as a page. Whether its final URL is on the site is the fetch's
    // question (FetchCache), not the file's.
    private static bool IsWhole(CacheEntry entry, ReadOnlySpan<byte> body) =>
        entry.StatusCode is 200 or 404
        && Uri.TryCreate(entry.Url, UriKind.Absolute, out _)
        && (entry.BodySha256 is null || string.Equals(entry.BodySha256, Digest(body), StringComparison.Ordinal));

    private static string Digest(ReadOnlySpan<byte> body) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body));

    // Earlier versions stored the text as UTF-8 whatever the page's charset was: say so, or it would be decoded twice.
    private static CacheEntry AsServed(CacheEntry entry) =>
        entry.AsServed is true ? entry : entry with { ContentType = "text/html; charset=utf-8", AsServed = true };

    private static CacheEntry? ParseEntry(ReadOnlySpan<byte> line)
    {
        try
        {
            return JsonSerializer.Deserialize(line, Context.CacheEntry);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static byte[] Format(CachedPage page)
    {
        var body = page.Body.Span;
        var entry = JsonSerializer.SerializeToUtf8Bytes(page.Entry with { BodyBytes = body.Length, AsServed = true, BodySha256 = Digest(body) }, Context.CacheEntry);
        var bytes = new byte[entry.Length + 1 + body.Length];
        entry.CopyTo(bytes, 0);
        bytes[entry.Length] = (byte)'\n';
        body.CopyTo(bytes.AsSpan(entry.Length + 1));
        return bytes;
    }
}
