namespace Scraper.Results;

/// <summary>Why a page could not be fetched, where a caller acts on the kind and not only on the message.</summary>
public enum FetchFailure
{
    /// <summary>A response came (or the page came from the cache).</summary>
    None,

    /// <summary>The host's name could not be resolved: no DNS record, or no DNS at all.</summary>
    HostNotFound,

    /// <summary>The site redirected to another host; the error names where.</summary>
    OffSiteRedirect,

    /// <summary>Not sent: the host refused page after page, and the run stopped asking it (the word is blocked).</summary>
    HostRefused,

    /// <summary>Not sent: the host failed page after page, and the run stopped asking it.</summary>
    HostFailing,

    /// <summary>The host's robots.txt disallows the page: it was never requested.</summary>
    Disallowed,

    /// <summary>Anything else: refused or reset connections, timeouts, oversize pages.</summary>
    Other,
}
