namespace Scraper.LocalSite;

/// <summary>What the site has served since it started or since the last reset.</summary>
/// <param name="Requests">Requests received, dictionary and unknown paths alike (not <c>/__stats</c>, <c>/__reset</c>, <c>/robots.txt</c> or the index page <c>/</c>).</param>
/// <param name="MaxInFlight">The most requests that were being handled at once.</param>
/// <param name="Statuses">Responses by status code ("200", "304", "503"), plus "reset" and "stall" for the dropped and unanswered, and "cancelled" for clients that left during the latency.</param>
/// <param name="AttemptsByPath">How many requests each path received, for the most recent <see cref="LocalSiteOptions.TrackedPaths"/> distinct paths.</param>
public sealed record LocalSiteStats(
    long Requests,
    int MaxInFlight,
    IReadOnlyDictionary<string, long> Statuses,
    IReadOnlyDictionary<string, int> AttemptsByPath)
{
    /// <summary>The most requests received within any one second (a sliding window): a client's rate limit, seen from here.</summary>
    public int MaxRequestsPerSecond { get; init; }

    /// <summary>The most requests any one path received, forgotten paths included: retries seen from here.</summary>
    public int MaxAttemptsAtOnePath { get; init; }

    /// <summary>Requests for <c>/robots.txt</c>, counted apart from the dictionary's.</summary>
    public long RobotsRequests { get; init; }

    /// <summary>Paths dropped from <see cref="AttemptsByPath"/> to keep it bounded (oldest first); 0 when it holds every path.</summary>
    public long PathsForgotten { get; init; }
}
