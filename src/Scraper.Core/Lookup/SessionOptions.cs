using Scraper.Fetching;

namespace Scraper.Lookup;

/// <summary>How a <see cref="LookupSession"/> fetches, what its hosts are held to, and how its words are walked.</summary>
public sealed record SessionOptions
{
    public FetchOptions Fetch { get; init; } = new();

    public HostRules Hosts { get; init; } = new();

    public HomographMode Homographs { get; init; } = HomographMode.All;

    /// <summary>
    /// How long what a host said (its robots.txt, its name not found, its breaker) holds before a word it refused asks it
    /// again: the shell's one minute, so a site down when the session began is not refused until a restart. Null: the
    /// whole session (a run).
    /// </summary>
    public TimeSpan? VerdictLifetime { get; init; }
}
