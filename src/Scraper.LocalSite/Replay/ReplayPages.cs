using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Scraper.Caching;
using Scraper.LocalSite.Hosting;
using Scraper.LocalSite.Pages;

namespace Scraper.LocalSite.Replay;

/// <summary>
/// The pages of a --cache directory, each served at the path (and query) of the URL it was fetched from, with the
/// status, ETag and Last-Modified it came with. Links to the origin a page was fetched from are rewritten to this
/// site's, so that a page's links to other homographs lead to the replay, not to where it was captured. The index is
/// built at start from the files' first lines; a page is read when first asked for and kept in the bounded page
/// cache. Where two cached URLs share a path (pages from two origins), the one stored last wins.
/// </summary>
internal sealed class ReplayPages : IPageSource
{
    private readonly Dictionary<string, string> _files;
    private readonly PageCache _cache;

    private ReplayPages(Dictionary<string, string> files, PageCache cache)
    {
        _files = files;
        _cache = cache;
    }

    public int Count => _files.Count;

    /// <exception cref="OperationCanceledException">Ctrl+C while the folder is read.</exception>
    public static ReplayPages Load(string directory, PageCache cache, CancellationToken cancellationToken)
    {
        var newest = new Dictionary<string, (string File, DateTimeOffset StoredAt)>(StringComparer.Ordinal);
        foreach (var (file, entry) in new DiskCache(directory).Entries(cancellationToken))
        {
            if (Uri.TryCreate(entry.Url, UriKind.Absolute, out var url)
                && (!newest.TryGetValue(url.PathAndQuery, out var seen) || entry.StoredAt > seen.StoredAt))
            {
                newest[url.PathAndQuery] = (file, entry.StoredAt);
            }
        }

        return new ReplayPages(newest.ToDictionary(p => p.Key, p => p.Value.File, StringComparer.Ordinal), cache);
    }

    public IReadOnlyList<string> IndexPaths => [.. _files.Keys.Order(StringComparer.Ordinal)];

    // Every path gets the latency and faults, as a real site's unknown pages would; then 404 if not cached.
    public bool Serves(string path) => true;

    public async ValueTask<ServedPage?> FindAsync(HttpContext context, CancellationToken cancellationToken)
    {
        // The target as the client sent it: HttpClient sends a URL's PathAndQuery, which is how the index is keyed.
        var target = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        if (!_files.TryGetValue(target, out var file))
        {
            return null;
        }

        var origin = $"{context.Request.Scheme}://{context.Request.Host.Value}";
        if (_cache.TryGet(origin + target, out var page))
        {
            return page;
        }

        // Null when the file went away or was rewritten half-way since the index was built.
        if (await DiskCache.ReadFileAsync(file, cancellationToken) is not { } cached)
        {
            return null;
        }

        var captured = new Uri(cached.Entry.Url).GetLeftPart(UriPartial.Authority);
        var body = Rewrite(cached.Body, captured, origin);
        page = new ServedPage(cached.Entry.StatusCode, body, cached.Entry.ContentType ?? ServedPage.HtmlType, cached.Entry.ETag ?? ServedPage.ETagOf(body), cached.Entry.LastModified);
        _cache.Add(origin + target, page);
        return page;
    }

    // The cache keeps the page's bytes as sent, served with the Content-Type they came with. Latin-1 maps every byte
    // to one char and back, so the (ASCII) origin is replaced and every other byte stays as it was, in UTF-8 and in
    // the legacy single-byte encodings alike.
    private static byte[] Rewrite(ReadOnlyMemory<byte> body, string captured, string origin) =>
        System.Text.Encoding.Latin1.GetBytes(System.Text.Encoding.Latin1.GetString(body.Span).Replace(captured, origin, StringComparison.OrdinalIgnoreCase));
}
