using Scraper.Results;

namespace Scraper.Fetching;

/// <summary>How fetching one page ended, after every retry.</summary>
/// <param name="StatusCode">The last HTTP status received; null when no response came.</param>
/// <param name="Body">The page's bytes as the site sent them (decoded only by the parser, which knows how); null when no usable response came.</param>
/// <param name="Attempts">Requests sent for the page; 0 when the cache answered without the network.</param>
/// <param name="RequestMs">Time spent on the wire: every attempt from sending to the end of the body, without waits for a request slot or a retry.</param>
/// <param name="Error">Why the page could not be fetched; null on any HTTP response or cached page.</param>
public sealed record FetchResult(
    Uri Url,
    Uri FinalUrl,
    int? StatusCode,
    ReadOnlyMemory<byte>? Body,
    int Attempts,
    long Bytes,
    double ElapsedMs,
    double RequestMs,
    string? Error)
{
    /// <summary>The page is the cache's (read from it, or confirmed by a 304): there is nothing new to store.</summary>
    public bool FromCache { get; init; }

    public PageHeaders Headers { get; init; } = PageHeaders.None;

    /// <summary>Where the redirect that ended the fetch leads, when the caller's redirect rule declined to follow it.</summary>
    public Uri? RedirectedTo { get; init; }

    /// <summary>The kind of failure behind <see cref="Error"/>; <see cref="FetchFailure.None"/> when a response came.</summary>
    public FetchFailure Failure { get; init; }

    /// <summary>Where the fetch spent its time: slot, politeness, connect, first byte, body, retry waits.</summary>
    public FetchPhases Phases { get; init; } = FetchPhases.None;
}
