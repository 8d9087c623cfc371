
namespace Scraper.Results;

/// <summary>One page of a word as a benchmark sees it: its fetch's phases, then parsing it, and what came back.</summary>
public sealed record PageTiming(FetchPhases Fetch, double ParseMs, int Attempts, int? Status, long Bytes)
{
    /// <summary>The page from the start of its fetch to the end of its parse: the sum of its phases.</summary>
    public double TotalMs => Fetch.TotalMs + ParseMs;
}
