using Scraper.Fetching;
using Scraper.Parsing;
using Scraper.Results;
using Scraper.Sites;

namespace Scraper.Lookup;

/// <summary>Looks one word up: builds its URL, fetches its page(s), parses them into a result.</summary>
public sealed class WordLookup
{
    private readonly LookupContext context;
    private readonly PageFetcher fetcher;
    private readonly TimeProvider time;

    public WordLookup(SiteProfile profile, Uri? baseUrl, PageFetcher fetcher, HomographMode homographs, TimeProvider? time = null)
    {
        context = new LookupContext(profile, baseUrl, new PageParser(profile), homographs, ArchiveRoute.For(profile, baseUrl));
        this.fetcher = fetcher;
        this.time = time ?? TimeProvider.System;
    }

    public SiteProfile Profile => context.Profile;

    /// <param name="requestGate">Bounds the requests in flight across lookups; see <see cref="PageFetcher.FetchAsync"/>.</param>
    /// <returns>
    /// The word's result, whatever happens on the way: an exception (a fetch, the cache, the parser, a bug) makes the
    /// word <c>failed</c> with its reason. Only the caller's own cancellation propagates.
    /// </returns>
    public async Task<LookupResult> LookupAsync(string keyword, CancellationToken cancellationToken, SemaphoreSlim? requestGate = null) =>
        await LookupUnnamedAsync(keyword, cancellationToken, requestGate is null ? null : new SemaphoreSlots(requestGate)) with { Site = context.Profile.Name };

    /// <param name="slots">The run's request slots, taken once the host's politeness lets a request go.</param>
    internal async Task<LookupResult> LookupAsync(string keyword, IRequestSlots slots, CancellationToken cancellationToken) =>
        await LookupUnnamedAsync(keyword, cancellationToken, slots) with { Site = context.Profile.Name };

    /// <summary>The same lookup, blocking the calling thread on every request: the benchmark's "sync" mode.</summary>
    public LookupResult Lookup(string keyword, CancellationToken cancellationToken) =>
        LookupUnnamed(keyword, cancellationToken) with { Site = context.Profile.Name };

    private async Task<LookupResult> LookupUnnamedAsync(string keyword, CancellationToken cancellationToken, IRequestSlots? slots)
    {
        var started = time.GetTimestamp();
        PageWalk? walk = null;
        try
        {
            if (Begin(keyword, out walk) is { } refused)
            {
                return refused;
            }

            while (walk.Next() is { } url)
            {
                var fetched = await fetcher.FetchAsync(url, slots, cancellationToken, context.Archive is { } archive ? archive.Follows : null);
                var parsing = time.GetTimestamp();
                walk.Accept(fetched, cancellationToken);
                fetcher.Settle(fetched, walk.LastVerdict);
                walk.Timed(fetched, time.GetElapsedTime(parsing).TotalMilliseconds);
                await fetcher.KeepAsync(fetched, walk.LastPageKind, cancellationToken);
            }

            return walk.Result(time.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception ex) when (!IsCancelledBy(ex, cancellationToken))
        {
            return Fault(keyword, walk, ex, started);
        }
    }

    private LookupResult LookupUnnamed(string keyword, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        PageWalk? walk = null;
        try
        {
            if (Begin(keyword, out walk) is { } refused)
            {
                return refused;
            }

            while (walk.Next() is { } url)
            {
                var fetched = fetcher.Fetch(url, cancellationToken, context.Archive is { } archive ? archive.Follows : null);
                var parsing = time.GetTimestamp();
                walk.Accept(fetched, cancellationToken);
                fetcher.Settle(fetched, walk.LastVerdict);
                walk.Timed(fetched, time.GetElapsedTime(parsing).TotalMilliseconds);
                fetcher.Keep(fetched, walk.LastPageKind);
            }

            return walk.Result(time.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception ex) when (!IsCancelledBy(ex, cancellationToken))
        {
            return Fault(keyword, walk, ex, started);
        }
    }

    // The caller's cancellation ends the run; any other exception is this word's fault, never the run's.
    private static bool IsCancelledBy(Exception ex, CancellationToken cancellationToken) =>
        ex is OperationCanceledException && cancellationToken.IsCancellationRequested;

    // The word boundary (STYLE.md §13): the word is failed with the exception's text, keeping what its pages cost.
    private LookupResult Fault(string keyword, PageWalk? walk, Exception ex, long started)
    {
        var elapsedMs = time.GetElapsedTime(started).TotalMilliseconds;
        var error = CleanText.Of(ex.Message) is { Length: > 0 } message ? message : ex.GetType().Name;
        return walk?.Failed(error, elapsedMs) ?? new LookupResult
        {
            Keyword = CleanText.Of(keyword),
            Url = PageAddress.Describe(context.Profile, context.BaseUrl, keyword),
            Status = LookupStatus.Failed,
            ElapsedMs = elapsedMs,
            Error = error,
        };
    }

    // A word whose slug comes out empty (or absurdly long) is never sent; it ends not-found, saying why.
    private LookupResult? Begin(string keyword, out PageWalk walk)
    {
        if (PageAddress.TryBuild(context.Profile, context.BaseUrl, keyword, out var url, out var error))
        {
            walk = new PageWalk(CleanText.Of(keyword), url, context);
            return null;
        }

        walk = null!;
        return new LookupResult
        {
            Keyword = CleanText.Of(keyword),
            Url = PageAddress.Describe(context.Profile, context.BaseUrl, keyword),
            Status = LookupStatus.NotFound,
            Error = $"not looked up: {error}",
        };
    }
}
