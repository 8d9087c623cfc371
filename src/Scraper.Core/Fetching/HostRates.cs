using System.Collections.Concurrent;

namespace Scraper.Fetching;

/// <summary>
/// The request rate in force for each host: --rate (or the profile's; each site's own in a run of several sites), slowed for a host whose
/// robots.txt asks for a longer Crawl-delay.
/// </summary>
internal sealed class HostRates(double? requestsPerSecond, IReadOnlyDictionary<string, double>? hostRates = null)
{
    private readonly ConcurrentDictionary<string, double> slowed = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Requests per second to <paramref name="host"/>; 0: no limit.</summary>
    public double For(string host) =>
        slowed.TryGetValue(host, out var rate) ? rate
        : hostRates is not null && hostRates.TryGetValue(host, out var own) ? own
        : requestsPerSecond ?? 0;

    /// <summary>Holds <paramref name="host"/> to one request per <paramref name="delay"/> if that is slower than its rate; true if it is.</summary>
    public bool SlowTo(string host, TimeSpan delay)
    {
        var rate = 1 / delay.TotalSeconds;
        var current = For(host);
        if (current > 0 && current <= rate)
        {
            return false;
        }

        slowed[host] = rate;
        return true;
    }
}
