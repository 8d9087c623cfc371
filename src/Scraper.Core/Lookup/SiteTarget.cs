using Scraper.Sites;

namespace Scraper.Lookup;

/// <summary>One site of a run: its profile, and the origin its requests go to instead of the profile's (--base-url), if any.</summary>
public sealed record SiteTarget(SiteProfile Profile, Uri? BaseUrl)
{
    /// <summary>
    /// Where the site's words are looked up when its live site answers with the redirect of its closure (the profile's
    /// <see cref="SiteProfile.ArchivedAs"/>, unless --no-archive); null: nowhere, the words fail as the site answered.
    /// </summary>
    public SiteTarget? Archive { get; init; }
}
