namespace Scraper.Fetching;

/// <summary>One answer of the site to one attempt: its status, final address, body (the bytes as sent) and the headers the cache keeps.</summary>
internal sealed record PageResponse(int StatusCode, Uri FinalUrl, ReadOnlyMemory<byte> Body, long Bytes, TimeSpan? RetryAfter, PageHeaders Headers)
{
    /// <summary>Where a redirect that the fetch was told not to follow leads; null when the answer is not such a redirect.</summary>
    public Uri? RedirectedTo { get; init; }
}
