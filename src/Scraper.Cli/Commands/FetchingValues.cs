using Scraper.Fetching;
using Scraper.Lookup;
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

    /// <summary>
    /// The same for the sites of a run: one site as above; several each at its own rate on its own host (--rate for
    /// all of them when given), the slowest of them where two share a host, and the slowest for any other host.
    /// </summary>
    public FetchOptions ApplyTo(FetchOptions options, IReadOnlyList<SiteTarget> sites)
    {
        ArgumentNullException.ThrowIfNull(sites);
        if (sites.Count == 1)
        {
            return ApplyTo(options, sites[0].Profile);
        }

        var hosts = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var site in sites)
        {
            var host = (site.BaseUrl ?? site.Profile.Origin).Authority;
            var rate = Rate ?? site.Profile.RequestsPerSecond ?? 0;
            hosts[host] = hosts.TryGetValue(host, out var other) ? Slowest(other, rate) : rate;
        }

        var slowest = hosts.Values.Aggregate(Slowest);
        return ApplyTo(options, sites[0].Profile) with
        {
            RequestsPerSecond = slowest > 0 ? slowest : null,
            HostRequestsPerSecond = hosts,
        };
    }

    // 0 is no limit, so any limit is slower.
    private static double Slowest(double a, double b) => a <= 0 ? b : b <= 0 ? a : Math.Min(a, b);
}
