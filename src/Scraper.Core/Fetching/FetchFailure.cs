namespace Scraper.Fetching;

/// <summary>Why a page could not be fetched, where a caller acts on the kind and not only on the message.</summary>
public enum FetchFailure
{
    /// <summary>A response came (or the page came from the cache).</summary>
    None,

    /// <summary>The host's name could not be resolved: no DNS record, or no DNS at all.</summary>
    HostNotFound,

    /// <summary>The site redirected to another host; the error names where.</summary>
    OffSiteRedirect,

    /// <summary>The host's robots.txt disallows the page: it was never requested.</summary>
    Disallowed,

    /// <summary>Anything else: refused or reset connections, timeouts, oversize pages.</summary>
    Other,
}
