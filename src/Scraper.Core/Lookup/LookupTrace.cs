namespace Scraper.Lookup;

/// <summary>What one word cost on the wire: pages fetched, retries, bytes. For reports, not for the result file.</summary>
public sealed record LookupTrace(int Pages, int Retries, long Bytes)
{
    public static LookupTrace None { get; } = new(0, 0, 0);

    public LookupTrace Add(int attempts, long bytes) => new(Pages + 1, Retries + Math.Max(0, attempts - 1), Bytes + bytes);
}
