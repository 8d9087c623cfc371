namespace Scraper.Fetching;

/// <summary>How pages are fetched: throttle, retries, timeouts and the limits that keep a run safe.</summary>
public sealed record FetchOptions
{
    /// <summary>Name, version and the project's URL (see <see cref="ProjectInfo"/>), so a site knows who is asking.</summary>
    public static string DefaultUserAgent => ProjectInfo.UserAgent;

    public int Concurrency { get; init; } = 8;

    public int Retries { get; init; } = 3;

    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The first retry waits about this long; each next one twice as long, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>A Retry-After longer than this is cut to it, so one header cannot stall a run for hours.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(30);

    public long MaxPageBytes { get; init; } = 8 * 1024 * 1024;

    public int MaxRedirects { get; init; } = 5;

    public string UserAgent { get; init; } = DefaultUserAgent;

    /// <summary>Where fetched pages are kept and read back (--cache); null: no cache.</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>Answer from the cache only, never from the network (--cache-only).</summary>
    public bool CacheOnly { get; init; }

    /// <summary>
    /// Use a cached page as it is, without revalidating it, and fetch only what the cache does not hold: the default
    /// cache of a single lookup, which answers a repeated word at once and offline.
    /// </summary>
    public bool CacheAsIs { get; init; }

    /// <summary>
    /// Read each host's /robots.txt before its first page and obey it (off in the library by default; the commands turn
    /// it on unless --ignore-robots).
    /// </summary>
    public bool ObeyRobots { get; init; }

    /// <summary>
    /// Everything one page may take, retries and their waits included. A host's pause (429) may hold each attempt,
    /// so every attempt may wait a capped Retry-After.
    /// </summary>
    public TimeSpan TotalTimeout =>
        (AttemptTimeout * (Retries + 1)) + (MaxRetryAfter * (Retries + 1)) + TimeSpan.FromSeconds(5);
}
