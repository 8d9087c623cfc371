using System.Globalization;
using System.Text.RegularExpressions;
using Scraper.Fetching;
using Scraper.Parsing;
using Scraper.Results;
using Scraper.Sites;

namespace Scraper.Lookup;

/// <summary>
/// The pages of one word: the first page, then (with --homographs all) the pages of its other
/// homographs. Knows nothing of how pages are fetched: it reads each page the fetch hands it.
/// </summary>
internal sealed partial class PageWalk(string keyword, Uri firstUrl, LookupContext context, TimeProvider time)
{
    private const int MaxPages = 10;

    private readonly List<Entry> entries = [];
    private readonly Queue<Uri> pending = new([firstUrl]);
    private readonly HashSet<string> seen = new(StringComparer.OrdinalIgnoreCase) { firstUrl.AbsoluteUri };
    private LookupTrace trace = LookupTrace.None;
    private LookupResult? first;
    private string? followUpError;

    public Uri? Next() => pending.Count > 0 && trace.Pages < MaxPages ? pending.Dequeue() : null;

    /// <summary>Reads a fetched page into the word, timing its parse; says what it was for the host's breaker and the cache.</summary>
    /// <param name="cancellationToken">Stops the page's parsing part-way (Ctrl+C).</param>
    public PageReading Accept(FetchResult fetched, CancellationToken cancellationToken = default)
    {
        var parsing = time.GetTimestamp();
        // A page its host's breaker did not let go is no page fetched: it would skew the summary's pages and latencies.
        if (fetched.Failure is not (FetchFailure.HostRefused or FetchFailure.HostFailing))
        {
            trace = trace.Add(fetched.Attempts, fetched.Bytes, fetched.RequestMs);
        }

        var isFirst = first is null;
        var outcome = Classify(fetched, cancellationToken, out var page);
        var verdict = outcome.Status switch
        {
            LookupStatus.Blocked => PageVerdict.Refused,
            LookupStatus.Failed => PageVerdict.Failed,
            _ => PageVerdict.Answered,
        };
        if (isFirst)
        {
            first = outcome;
        }
        else if (outcome.Status != LookupStatus.Found)
        {
            followUpError ??= $"homograph page {fetched.Url.AbsolutePath} {StatusName.Of(outcome.Status)}: {outcome.Error}";
        }

        if (page is { Kind: PageKind.Entry })
        {
            entries.AddRange(page.Entries);
            if (context.Homographs == HomographMode.All)
            {
                Enqueue(page.HomographLinks, fetched.Url);
            }
        }

        var parseMs = time.GetElapsedTime(parsing).TotalMilliseconds;
        trace = trace.With(new PageTiming(fetched.Phases, parseMs, fetched.Attempts, fetched.StatusCode, fetched.Bytes));
        return new PageReading(verdict, page?.Kind);
    }

    public LookupResult Result(double elapsedMs)
    {
        var result = first ?? throw new InvalidOperationException("no page was fetched");
        if (result.Status == LookupStatus.Found)
        {
            result = result with
            {
                Entries = [.. entries.OrderBy(e => e.Homograph ?? int.MaxValue)],
                Status = followUpError is null ? LookupStatus.Found : LookupStatus.Failed,
                Error = followUpError,
            };
        }

        return result with { ElapsedMs = elapsedMs, Trace = trace };
    }

    /// <summary>The word as failed by an exception: its first page's URL and status if it got one, its entries so far.</summary>
    public LookupResult Failed(string error, double elapsedMs) => new()
    {
        Keyword = keyword,
        Url = first?.Url ?? firstUrl.AbsoluteUri,
        Status = LookupStatus.Failed,
        HttpStatus = first?.HttpStatus,
        Attempts = first?.Attempts ?? 0,
        ElapsedMs = elapsedMs,
        Entries = [.. entries],
        Error = error,
        Trace = trace,
    };

    private LookupResult Classify(FetchResult fetched, CancellationToken cancellationToken, out ParsedPage? page)
    {
        page = null;
        var result = new LookupResult
        {
            Keyword = keyword,
            Url = fetched.Url.AbsoluteUri,
            Status = LookupStatus.Failed,
            HttpStatus = fetched.StatusCode,
            Attempts = fetched.Attempts,
        };
        if (fetched.Failure == FetchFailure.Disallowed)
        {
            return result with { Status = LookupStatus.Blocked, Error = fetched.Error, Failure = fetched.Failure };
        }

        if (fetched.Error is not null || fetched.StatusCode is not { } status || fetched.Body is not { } body)
        {
            // A host cut off for refusing the tool refuses this word too: blocked, as its refused pages were.
            var ended = fetched.Failure == FetchFailure.HostRefused ? LookupStatus.Blocked : LookupStatus.Failed;
            return result with { Status = ended, Error = fetched.Error ?? "no response", Failure = fetched.Failure };
        }

        if (context.Archive is not null && ArchiveRoute.NotFoundReason(fetched) is { } notArchived)
        {
            return result with { Status = LookupStatus.NotFound, Error = notArchived };
        }

        if (status is 401 or 403)
        {
            return result with { Status = LookupStatus.Blocked, Error = $"the site refused the tool (HTTP {status})" };
        }

        var missing = status is 404 or 410;
        if (!missing && status is < 200 or > 299)
        {
            // Some anti-bot services serve their challenge with 503 or 429: a refusal, not a busy site.
            return ChallengeDetector.IsChallengePage(body, fetched.Headers.ContentType)
                ? result with { Status = LookupStatus.Blocked, Error = ParsedPage.RefusedError }
                : result with { Error = $"HTTP {status}" };
        }

        try
        {
            page = context.Parser.Parse(body, fetched.Headers.ContentType, fetched.FinalUrl, context.Homographs == HomographMode.All, cancellationToken);
        }
        catch (PageTooComplexException ex)
        {
            return result with { Error = $"not parsed: {ex.Message}" };
        }

        // A 404 or 410 whose page is neither the site's not-found page nor a refusal is not-found all the same.
        var (read, error) = page.Outcome;
        return page.Kind is not (PageKind.Blocked or PageKind.NotFound) && missing
            ? result with { Status = LookupStatus.NotFound, Error = $"HTTP {status}" }
            : result with { Status = read, Error = error, Suggestions = page.Kind == PageKind.NotFound ? page.Suggestions : [] };
    }

    private void Enqueue(IReadOnlyList<Uri> links, Uri pageUrl)
    {
        foreach (var link in links)
        {
            // An archived page links to the archived site: PageAddress puts such a link back behind the archive, at the
            // profile's timestamp; a link to another capture (a rewriting archive's) stands for the page it holds.
            var page = context.Archive is null ? link : ArchiveRoute.Unwrap(link);
            var target = AddressRebase.Rebase(page, context.Profile.Origin, pageUrl, context.BaseUrl)
                ?? PageAddress.FromLink(context.Profile, context.BaseUrl, page);
            if (target is null || HasHomograph(target) || !seen.Add(target.AbsoluteUri))
            {
                continue;
            }

            pending.Enqueue(target);
        }
    }

    // love_1's page links to love_2, whose page links back to love_1; the first page may have been
    // fetched as plain "love", so skip a link to a homograph number already read.
    private bool HasHomograph(Uri target)
    {
        var match = HomographSuffix().Match(target.AbsolutePath);
        return match.Success
            && int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && entries.Exists(e => e.Homograph == number);
    }

    [GeneratedRegex(@"_(\d{1,3})/?$")]
    private static partial Regex HomographSuffix();
}
