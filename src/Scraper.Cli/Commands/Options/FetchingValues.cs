using Scraper.Fetching;

namespace Scraper.Cli.Commands;

/// <summary>The parsed values of <see cref="FetchingOptions"/>.</summary>
internal sealed record FetchingValues(string? Cache, bool CacheOnly, double? Rate, string? UserAgent)
{
    public static FetchingValues Default { get; } = new(null, false, null, null);

    /// <summary>--no-cache: a single lookup does not use the default cache.</summary>
    public bool NoCache { get; init; }

    /// <summary>The fetch options with these values applied.</summary>
    public FetchOptions ApplyTo(FetchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options with
        {
            CacheDirectory = Cache,
            CacheOnly = CacheOnly,
            UserAgent = UserAgent ?? options.UserAgent,
        };
    }

    /// <summary>What the hosts are held to: --rate over every site's own rate when given (the session decides each host's rate).</summary>
    public HostRules Hosts() => new() { RequestsPerSecond = Rate };
}
