using Scraper.Fetching;
using Scraper.Parsing;
using Scraper.Results;
using Scraper.Sites;
using Serilog;

namespace Scraper.Lookup;

/// <summary>Looks one word up on one site: builds its URL, fetches its page(s) through the session's fetcher, reads them into a result.</summary>
public sealed class WordLookup
{
    private readonly LookupContext context;
    private readonly PageFetcher fetcher;
    private readonly TimeProvider time;
    private readonly ILogger log;
    private int closed;

    internal WordLookup(SiteTarget site, PageFetcher fetcher, HomographMode homographs, TimeProvider time, ILogger log)
    {
        this.log = log;
        context = new LookupContext(site.Profile, site.BaseUrl, new PageParser(site.Profile), homographs, ArchiveRoute.For(site.Profile, site.BaseUrl));
        this.fetcher = fetcher;
        this.time = time;
        Site = site;
    }

    public SiteTarget Site { get; }

    public SiteProfile Profile => context.Profile;

    /// <summary>The lookup of the site's archive, used once the live site answered with the redirect of its closure.</summary>
    internal WordLookup? Archive { get; init; }

    /// <param name="slots">The run's request slots, taken once the host's politeness lets a request go.</param>
    /// <param name="sending">How to wait and send: awaiting, or blocking this thread (bench's sync and threads modes).</param>
    /// <returns>
    /// The word's result, whatever happens on the way: an exception (a fetch, the cache, the parser, a bug) makes the
    /// word <c>failed</c> with its reason. Only the caller's own cancellation propagates.
    /// </returns>
    internal async ValueTask<LookupResult> LookupAsync(string keyword, IRequestSlots slots, Sending sending, CancellationToken cancellationToken)
    {
        if (Archive is not { } archive)
        {
            return await LookupHereAsync(keyword, slots, sending, cancellationToken);
        }

        // Once the live site said it closed, its words go straight to the archive: no more requests to the redirect.
        var result = Volatile.Read(ref closed) == 1 ? null : await LookupHereAsync(keyword, slots, sending, cancellationToken);
        if (result is not null && !(result.Failure == FetchFailure.OffSiteRedirect && MacmillanClosure.Explains(Profile, Site.BaseUrl, result)))
        {
            return result;
        }

        if (Interlocked.Exchange(ref closed, 1) == 0)
        {
            log.Warning(
                "{Site:l}: the dictionary closed and its pages redirect away, so its words are read from the Internet Archive's copy of {Date:l} (as --site {Archive:l}; --no-archive turns this off)",
                Profile.Name, ArchiveDate(archive.Profile), archive.Profile.Name);
        }

        // Named for the site asked, so that --resume and several sites match it; its url says where it came from.
        return await archive.LookupAsync(keyword, slots, sending, cancellationToken) with { Site = Profile.Name };
    }

    private static string ArchiveDate(SiteProfile archive) =>
        archive.ArchiveTimestamp is { Length: >= 8 } stamp
        && DateOnly.TryParseExact(stamp[..8], "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)
            : "the profile's timestamp";

    private async ValueTask<LookupResult> LookupHereAsync(string keyword, IRequestSlots slots, Sending sending, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        PageWalk? walk = null;
        try
        {
            if (Begin(keyword, out walk) is { } refused)
            {
                return refused with { Site = context.Profile.Name };
            }

            var follow = context.Archive is { } archive ? archive.Follows : (Func<Uri, bool>?)null;
            while (walk.Next() is { } url)
            {
                await fetcher.FetchAsync(url, fetched => walk.Accept(fetched, cancellationToken), slots, sending, follow, cancellationToken);
            }

            return walk.Result(time.GetElapsedTime(started).TotalMilliseconds) with { Site = context.Profile.Name };
        }
        catch (Exception ex) when (!IsCancelledBy(ex, cancellationToken))
        {
            return Fault(keyword, walk, ex, started) with { Site = context.Profile.Name };
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
            walk = new PageWalk(CleanText.Of(keyword), url, context, time);
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
