using Scraper.Fetching;
using Serilog;

namespace Scraper.Cli.Commands;

/// <summary>The parsed values of the options that lookup, bench and check share; <see cref="BaseUrl"/> is the first plain URL.</summary>
internal sealed record CommonValues(string[]? Words, string? File, string Site, string? SiteFile, Uri? BaseUrl, bool Verbose, bool Quiet)
{
    public static CommonValues Default { get; } = new(null, null, "macmillan", null, null, false, false);

    /// <summary>Every --base-url as given: URL, or NAME=URL (<see cref="SiteChoice"/> reads them).</summary>
    public IReadOnlyList<string> BaseUrls { get; init; } = BaseUrl is null ? [] : [BaseUrl.AbsoluteUri];

    /// <summary>--ignore-robots: fetch without reading robots.txt.</summary>
    public bool IgnoreRobots { get; init; }

    /// <summary>The options with robots.txt obeyed, or not with --ignore-robots, which is said once on stderr.</summary>
    public FetchOptions WithRobots(FetchOptions options, ILogger log)
    {
        if (IgnoreRobots)
        {
            log.Information("--ignore-robots: robots.txt is not read, and pages it disallows are fetched");
        }

        return options with { ObeyRobots = !IgnoreRobots };
    }
}
