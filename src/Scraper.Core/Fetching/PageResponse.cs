namespace Scraper.Fetching;

/// <summary>One answer of the site to one attempt: its status, final address, body and the headers the cache keeps.</summary>
internal sealed record PageResponse(int StatusCode, Uri FinalUrl, string Body, long Bytes, TimeSpan? RetryAfter, PageHeaders Headers);
