using Scraper.Sites;

namespace Scraper.Lookup;

/// <summary>One site of a run: its profile, and the origin its requests go to instead of the profile's (--base-url), if any.</summary>
public sealed record SiteTarget(SiteProfile Profile, Uri? BaseUrl);
