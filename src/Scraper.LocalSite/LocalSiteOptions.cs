namespace Scraper.LocalSite;

/// <summary>
/// How the embedded site behaves. Fault rates are probabilities in [0, 1] per path; their sum must not exceed 1,
/// because each path draws at most one kind of fault (see <c>FaultPlan</c>).
/// </summary>
public sealed record LocalSiteOptions
{
    /// <summary>The port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>Delay added before every dictionary response.</summary>
    public int LatencyMs { get; init; }

    /// <summary>Extra delay, uniform in [0, JitterMs], added to <see cref="LatencyMs"/>.</summary>
    public int JitterMs { get; init; }

    /// <summary>Share of paths answered 503 on the first attempt (and on the second for about half of them).</summary>
    public double FailRate { get; init; }

    /// <summary>Share of paths answered 429 with <c>Retry-After: 1</c> on the first attempt.</summary>
    public double ThrottleRate { get; init; }

    /// <summary>Share of paths whose connection is dropped mid-response on the first attempt.</summary>
    public double ResetRate { get; init; }

    /// <summary>Share of paths that get no answer on the first attempt, until the client gives up.</summary>
    public double StallRate { get; init; }

    /// <summary>
    /// Send each page's ETag (and Last-Modified when known) and answer a matching conditional request with 304.
    /// Off: pages carry no validator, so a client's cache keeps them as they are, without asking again.
    /// </summary>
    public bool Validators { get; init; } = true;

    /// <summary>The text served at <c>/robots.txt</c>; null: a robots.txt that allows every path to every crawler.</summary>
    public string? RobotsTxt { get; init; }

    /// <summary>
    /// A `scraper lookup --cache` directory to replay instead of the generated dictionary: each cached page is served
    /// at its URL's path, with its status and headers; any other path is 404. Latency and faults apply as usual.
    /// </summary>
    public string? ReplayDirectory { get; init; }

    /// <summary>
    /// How many distinct paths <c>/__stats</c> keeps attempt counts for (the most recent ones), so that its memory
    /// stays bounded however many words a run asks for.
    /// </summary>
    public int TrackedPaths { get; init; } = 10_000;
}
