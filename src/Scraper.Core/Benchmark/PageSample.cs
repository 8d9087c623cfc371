using Scraper.Results;


namespace Scraper.Benchmark;

/// <summary>
/// One word of one pass: the pages it fetched (more than one when homograph links are followed),
/// their request time, the first page's status (null when no response arrived), attempts and bytes.
/// </summary>
public sealed record PageSample(double LatencyMs, int? HttpStatus, int Attempts, long Bytes, int PagesFetched = 1)
{
    public string Keyword { get; init; } = "";

    /// <summary>The phases of each page of the word; empty for a word never sent.</summary>
    public IReadOnlyList<PageTiming> Timings { get; init; } = [];
}
