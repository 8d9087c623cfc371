using Scraper.Fetching;
using Scraper.Sites;

namespace Scraper.Cli.Commands;

/// <summary>The parsed values of <see cref="FetchingOptions"/>.</summary>
internal sealed record FetchingValues(string? Cache, bool CacheOnly, double? Rate, string? UserAgent)
{
    public static FetchingValues Default { get; } = new(null, false, null, null);

    /// <summary>--no-cache: a single lookup does not use the default cache.</summary>
    public bool NoCache { get; init; }

    /// <summary>The fetch options with these values applied; without --rate, the site profile's rate (if any).</summary>
    public FetchOptions ApplyTo(FetchOptions options, SiteProfile profile)
    {
        var rate = Rate ?? profile.RequestsPerSecond;
        return options with
        {
            CacheDirectory = Cache,
            CacheOnly = CacheOnly,
            RequestsPerSecond = rate is > 0 ? rate : null,
            UserAgent = UserAgent ?? options.UserAgent,
        };
    }
}
