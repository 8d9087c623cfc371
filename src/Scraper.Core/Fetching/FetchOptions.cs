namespace Scraper.Fetching;

/// <summary>How pages are fetched: throttle, retries, timeouts and the limits that keep a run safe.</summary>
public sealed record FetchOptions
{
    public const string DefaultUserAgent = "scraper/1.0 (command-line dictionary lookup; .NET)";

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

    /// <summary>Everything one page may take, retries and their waits included.</summary>
    public TimeSpan TotalTimeout =>
        (AttemptTimeout * (Retries + 1)) + (MaxRetryAfter * Math.Min(Retries, 2)) + TimeSpan.FromSeconds(5);
}
