using Scraper.Fetching;
using Scraper.Results;
using Scraper.Sites;
using Serilog;

namespace Scraper.Cli.Commands;

/// <summary>
/// Says once per run, as a warning, that Macmillan Dictionary closed and what to use instead, when a word of a
/// Macmillan profile failed in the way the closure explains (<see cref="MacmillanClosure"/>). Once, because a batch
/// against the closed site fails every word the same way.
/// </summary>
internal sealed class ClosedSiteWarning(SiteProfile profile, Uri? baseUrl, ILogger log)
{
    private bool said;

    public void Observe(LookupResult result)
    {
        if (said || !MacmillanClosure.Explains(profile, baseUrl, result))
        {
            return;
        }

        said = true;
        var what = result.Failure == FetchFailure.HostNotFound
            ? $"{(baseUrl ?? profile.Origin).Host} cannot be found from here"
            : "its pages now redirect to Macmillan Education";
        log.Warning(
            "Macmillan Dictionary closed on 30 June 2023 ({What:l}). Try --site macmillan-archive (its pages in the Internet Archive), " +
            "another site such as --site cambridge or --site wiktionary (the most recently verified; see 'scraper sites'), " +
            "or 'scraper serve' and --base-url URL for the offline local site",
            what);
    }
}
