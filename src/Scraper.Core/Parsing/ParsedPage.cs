using Scraper.Results;

namespace Scraper.Parsing;

/// <summary>What a parser read from one page.</summary>
/// <param name="HomographLinks">Absolute URLs, as the page wrote them, of the other homographs of the same headword.</param>
public sealed record ParsedPage(
    PageKind Kind,
    IReadOnlyList<Entry> Entries,
    IReadOnlyList<string> Suggestions,
    IReadOnlyList<Uri> HomographLinks);
