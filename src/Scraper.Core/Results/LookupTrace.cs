namespace Scraper.Results;

/// <summary>
/// What one word cost on the wire: pages fetched, retries, bytes, and the time its requests took
/// (without waits for a request slot or a retry), in total and page by page. For reports, not for the result file.
/// </summary>
public sealed record LookupTrace(int Pages, int Retries, long Bytes, double RequestMs)
{
    public static LookupTrace None { get; } = new(0, 0, 0, 0);

    /// <summary>The request time of each page, in the order they were fetched.</summary>
    public IReadOnlyList<double> PageRequestMs { get; init; } = [];

    /// <summary>The phases of each page, in the order they were fetched.</summary>
    public IReadOnlyList<PageTiming> Timings { get; init; } = [];

    public LookupTrace Add(int attempts, long bytes, double requestMs) =>
        new(Pages + 1, Retries + Math.Max(0, attempts - 1), Bytes + bytes, RequestMs + requestMs)
        {
            PageRequestMs = [.. PageRequestMs, requestMs],
            Timings = Timings,
        };

    public LookupTrace With(PageTiming timing) => this with { Timings = [.. Timings, timing] };
}
