namespace Scraper.Fetching;

/// <summary>One answer of the site to one attempt: its status, final address and body.</summary>
internal sealed record PageResponse(int StatusCode, Uri FinalUrl, string Body, long Bytes, TimeSpan? RetryAfter);
