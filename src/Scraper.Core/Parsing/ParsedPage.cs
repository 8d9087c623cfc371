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
}
