using Scraper.Parsing;

namespace Scraper.Fetching;

/// <summary>What a fetched page was read as: the verdict for its host's breaker, and its kind for the cache (null: not read).</summary>
internal sealed record PageReading(PageVerdict Verdict, PageKind? Kind);
