namespace Scraper.Fetching;

/// <summary>The rules a run's hosts are held to (<see cref="HostPolicies"/>).</summary>
public sealed record HostRules
{
    /// <summary>--rate: most requests per second to every host, instead of the sites' own rates (0: no limit); null: the sites' rates.</summary>
    public double? RequestsPerSecond { get; init; }

    /// <summary>
    /// Whether a site's own rate holds on a loopback origin (a local mirror). Off for bench, where nobody on loopback
    /// is owed a pause and only an explicit --rate paces.
    /// </summary>
    public bool SiteRatesOnLoopback { get; init; } = true;

    /// <summary>After this many pages in a row that a host refused or failed, nothing more is sent to it this run; 0: never.</summary>
    public int CutOffAfter { get; init; } = 20;
}
