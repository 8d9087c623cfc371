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
        context = new LookupContext(profile, baseUrl, new PageParser(profile), homographs);
        this.fetcher = fetcher;
        this.time = time ?? TimeProvider.System;
    }

    public SiteProfile Profile => context.Profile;

    /// <param name="requestGate">Bounds the requests in flight across lookups; see <see cref="PageFetcher.FetchAsync"/>.</param>
    public async Task<LookupResult> LookupAsync(string keyword, CancellationToken cancellationToken, SemaphoreSlim? requestGate = null)
    {
        var started = time.GetTimestamp();
        if (Begin(keyword, out var walk) is { } refused)
        {
            return refused;
        }

        while (walk.Next() is { } url)
        {
            var fetched = await fetcher.FetchAsync(url, cancellationToken, requestGate);
            walk.Accept(fetched, cancellationToken);
            await fetcher.KeepAsync(fetched, walk.LastPageKind, cancellationToken);
        }

        return walk.Result(time.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>The same lookup, blocking the calling thread on every request: the benchmark's "sync" mode.</summary>
    public LookupResult Lookup(string keyword, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        if (Begin(keyword, out var walk) is { } refused)
        {
            return refused;
        }

        while (walk.Next() is { } url)
        {
            var fetched = fetcher.Fetch(url, cancellationToken);
            walk.Accept(fetched, cancellationToken);
            fetcher.Keep(fetched, walk.LastPageKind);
        }

        return walk.Result(time.GetElapsedTime(started).TotalMilliseconds);
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
