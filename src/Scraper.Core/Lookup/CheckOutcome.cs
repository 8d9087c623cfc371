namespace Scraper.Lookup;

/// <summary>How one word of `scraper check` fared.</summary>
public enum CheckOutcome
{
    /// <summary>Found, with at least one definition and one example.</summary>
    Passed,

    /// <summary>The page came but the profile no longer reads it whole: empty, or no definition or example.</summary>
    Drifted,

    /// <summary>The site refused the tool: HTTP 401/403 or a bot challenge.</summary>
    Blocked,

    /// <summary>A word that must be in the dictionary came back not-found.</summary>
    NotFound,

    /// <summary>Network, HTTP or a homograph page that failed.</summary>
    Failed,
}
