using Scraper.Fetching;
using Scraper.Lookup;
using Scraper.Sites;

namespace Scraper.Tests.Support;

/// <summary>The engine as a test borrows it: a <see cref="LookupSession"/> and the lookup of one site in it.</summary>
internal static class Engine
{
    public static LookupSession Session(FetchOptions? fetch = null, HomographMode homographs = HomographMode.First, HostRules? hosts = null, Serilog.ILogger? log = null, TimeProvider? time = null, HttpClient? client = null) =>
        new(new SessionOptions { Fetch = fetch ?? new FetchOptions(), Homographs = homographs, Hosts = hosts ?? new HostRules() }, log ?? Serilog.Core.Logger.None, time, client);

    /// <summary>The lookup of the named built-in profile, its requests sent to <paramref name="baseUrl"/>.</summary>
    public static WordLookup Site(this LookupSession session, string profile, Uri? baseUrl) =>
        session.Site(new SiteTarget(SiteCatalog.Find(profile) ?? throw new ArgumentException($"no profile {profile}", nameof(profile)), baseUrl));
}
