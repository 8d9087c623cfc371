using Scraper.Results;

namespace Scraper.Benchmark;

/// <summary>One timed pass: its figures for the report and its results for the identical-entries check.</summary>
public sealed record PassOutcome(PassSample Sample, IReadOnlyList<LookupResult> Results);
