namespace Scraper.Fetching;

/// <summary>The headers of an answer that the cache keeps: its type and its validators for a later conditional request.</summary>
public sealed record PageHeaders(string? ContentType, string? ETag, string? LastModified)
{
    public static PageHeaders None { get; } = new(null, null, null);
}
