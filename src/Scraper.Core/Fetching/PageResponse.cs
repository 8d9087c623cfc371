namespace Scraper.Fetching;

/// <summary>One answer of the site to one attempt: its status, final address, body (the bytes as sent) and the headers the cache keeps.</summary>
internal sealed record PageResponse(int StatusCode, Uri FinalUrl, ReadOnlyMemory<byte> Body, long Bytes, TimeSpan? RetryAfter, PageHeaders Headers);
