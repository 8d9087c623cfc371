namespace Scraper.Fetching;

/// <summary>How fetching one page ended, after every retry.</summary>
/// <param name="StatusCode">The last HTTP status received; null when no response came.</param>
/// <param name="Body">The page text; null when no usable response came.</param>
/// <param name="RequestMs">Time spent on the wire: every attempt from sending to the end of the body, without waits for a request slot or a retry.</param>
/// <param name="Error">Why the page could not be fetched; null on any HTTP response.</param>
public sealed record FetchResult(
    Uri Url,
    Uri FinalUrl,
    int? StatusCode,
    string? Body,
    int Attempts,
    long Bytes,
    double ElapsedMs,
    double RequestMs,
    string? Error);
