using Scraper.Caching;
using Scraper.Parsing;
using Serilog;

namespace Scraper.Fetching;

/// <summary>
/// How a run uses its --cache directory: what it answers without the network, what a 304 means, what it keeps.
/// A page stored with an ETag or Last-Modified is revalidated; one stored without either is used as it is.
/// </summary>
internal sealed class FetchCache(DiskCache disk, bool cacheOnly, TimeProvider time, ILogger log)
{
    public const string MissError = "not in the cache";

    private int writeFailed;

    /// <summary>Use a cached page without revalidating it (see <see cref="FetchOptions.CacheAsIs"/>).</summary>
    public bool AsIs { get; init; }

    /// <summary>
    /// The cached page of <paramref name="url"/>; null on a miss. A page whose final URL is off the site is no page the
    /// fetch could have kept (a garbled or edited file): a miss. A final URL that is no URL at all is let through: it
    /// throws inside the word, which fails with the reason (WordBoundaryTests reach the word's boundary that way).
    /// </summary>
    public async Task<CachedPage?> ReadAsync(Uri url, CancellationToken cancellationToken) =>
        await disk.ReadAsync(url, cancellationToken) is { } page
            && (!Uri.TryCreate(page.Entry.FinalUrl, UriKind.Absolute, out var finalUrl) || RedirectPolicy.StaysOnSite(url, finalUrl))
            ? page
            : null;

    /// <summary>
    /// The answer that needs no request: a page that cannot be revalidated, any page with --cache-only or
    /// <see cref="AsIs"/>, or a --cache-only miss; else null.
    /// </summary>
    public FetchResult? Offline(Uri url, CachedPage? cached, double elapsedMs) => cached switch
    {
        not null when cacheOnly || AsIs || !cached.Entry.CanRevalidate => Answer(url, cached, 0, elapsedMs, 0),
        null when cacheOnly => new FetchResult(url, url, null, null, 0, 0, elapsedMs, 0, MissError),
        _ => null,
    };

    /// <summary>The cached page as a fetch result: read from disk, or confirmed by a 304 after <paramref name="attempts"/> requests.</summary>
    public static FetchResult Answer(Uri url, CachedPage cached, int attempts, double elapsedMs, double requestMs) =>
        new(url, new Uri(cached.Entry.FinalUrl), cached.Entry.StatusCode, cached.Body, attempts, 0, elapsedMs, requestMs, null)
        {
            FromCache = true,
            Headers = new PageHeaders(cached.Entry.ContentType, cached.Entry.ETag, cached.Entry.LastModified),
        };

    /// <summary>The ETag and Last-Modified to send in a conditional request for a cached page.</summary>
    public static PageHeaders ValidatorsOf(CachedPage cached) => new(null, cached.Entry.ETag, cached.Entry.LastModified);

    public async Task KeepAsync(FetchResult fetched, PageKind? kind, CancellationToken cancellationToken)
    {
        if (ToPage(fetched, kind) is not { } page)
        {
            return;
        }

        try
        {
            await disk.WriteAsync(page, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            WarnOnce(ex);
        }
    }

    /// <summary>
    /// Only a page read as an entry (200) or as the site's not-found page (200, or 404 with that page as its body) is
    /// kept: never an error, a bot challenge, or a page that did not parse, so that a later run asks again.
    /// </summary>
    internal static bool Keeps(int? status, PageKind? kind) => kind switch
    {
        PageKind.Entry => status == 200,
        PageKind.NotFound => status is 200 or 404,
        _ => false,
    };

    private CachedPage? ToPage(FetchResult fetched, PageKind? kind)
    {
        // After one failed write the run keeps nothing more, as its warning said: a full disk stays full, and
        // a write per page would only fail again (or, once space is freed, keep a random part of the run).
        if (Volatile.Read(ref writeFailed) == 1 || fetched.FromCache || fetched.Body is not { } body || !Keeps(fetched.StatusCode, kind))
        {
            return null;
        }

        var headers = fetched.Headers;
        var entry = new CacheEntry(
            fetched.Url.AbsoluteUri, fetched.StatusCode!.Value, fetched.FinalUrl.AbsoluteUri, headers.ContentType, headers.ETag, headers.LastModified, time.GetUtcNow(), 0);
        return new CachedPage(entry, body);
    }

    // A full disk must not fail the words: the pages were fetched; warn once and go on without storing.
    private void WarnOnce(Exception ex)
    {
        if (Interlocked.Exchange(ref writeFailed, 1) == 0)
        {
            log.Warning("Cannot write to the cache {Directory:l}: {Error}; no more pages will be kept in it during this run", disk.Directory, ex.Message);
        }
    }
}
