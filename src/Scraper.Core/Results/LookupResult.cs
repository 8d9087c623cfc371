using System.Text.Json.Serialization;

namespace Scraper.Results;

/// <summary>The result of one word on one site, as PRODUCT.md defines it.</summary>
public sealed record LookupResult
{
    public required string Keyword { get; init; }

    /// <summary>The site profile's name: each (word, site) pair of a run is one result.</summary>
    public string? Site { get; init; }

    public required string Url { get; init; }

    public required LookupStatus Status { get; init; }

    public int? HttpStatus { get; init; }

    public int Attempts { get; init; }

    public double ElapsedMs { get; init; }

    public IReadOnlyList<Entry> Entries { get; init; } = [];

    public IReadOnlyList<string> Suggestions { get; init; } = [];

    public string? Error { get; init; }

    /// <summary>Why the first page could not be fetched, when it could not; kept out of the result file.</summary>
    [JsonIgnore]
    public FetchFailure Failure { get; init; }

    /// <summary>Pages, retries and bytes behind this result; kept out of the result file.</summary>
    [JsonIgnore]
    public LookupTrace Trace { get; init; } = LookupTrace.None;
}
