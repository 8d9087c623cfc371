using Scraper.Results;

namespace Scraper.Parsing;

/// <summary>What a parser read from one page.</summary>
/// <param name="HomographLinks">Absolute URLs, as the page wrote them, of the other homographs of the same headword.</param>
public sealed record ParsedPage(
    PageKind Kind,
    IReadOnlyList<Entry> Entries,
    IReadOnlyList<string> Suggestions,
    IReadOnlyList<Uri> HomographLinks)
{
    /// <summary>
    /// For a page of <see cref="PageKind.Empty"/>: the step of the reading that found nothing and the selector it used
    /// ("no entry block on the page: nothing matches Entry '#entryContent'"). Null for every other kind.
    /// </summary>
    public string? EmptyReason { get; init; }

    /// <summary>The error of a word whose page was a bot challenge or a refusal.</summary>
    public const string RefusedError = "the site refused the tool (a bot-challenge page)";

    /// <summary>The status this page gives its word, read as it is (a lookup adds what HTTP said), and its error.</summary>
    public (LookupStatus Status, string? Error) Outcome => Kind switch
    {
        PageKind.Entry => (LookupStatus.Found, null),
        PageKind.NotFound => (LookupStatus.NotFound, null),
        PageKind.Blocked => (LookupStatus.Blocked, RefusedError),
        _ => (LookupStatus.Empty, EmptyReason),
    };
}
