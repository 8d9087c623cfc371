using Scraper.Fetching;
using Serilog;

namespace Scraper.Cli.Commands;

/// <summary>The parsed values of the options that lookup, bench, check and shell share.</summary>
internal sealed record CommonValues(string[]? Words, string? File, string Site, string? SiteFile, bool Verbose, bool Quiet)
{
    public static CommonValues Default { get; } = new(null, null, "macmillan", null, false, false);

    /// <summary>Every --base-url as given, URL or NAME=URL: the one place they are kept (<see cref="SiteChoice"/> reads them).</summary>
    public IReadOnlyList<string> BaseUrls { get; init; } = [];

    /// <summary>--no-archive: a closed site's words are not read from its archive copy.</summary>
    public bool NoArchive { get; init; }

    /// <summary>
    /// Where the embedded site of `--site local` answers, once <see cref="LocalSiteLease"/> has started it for the
    /// command; null before that, or when `local` was not chosen.
    /// </summary>
    public Uri? LocalSiteUrl { get; init; }

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
