namespace Scraper.Parsing;

/// <summary>What a fetched page turned out to be.</summary>
public enum PageKind
{
    /// <summary>At least one entry was parsed.</summary>
    Entry,

    /// <summary>The site's "no such word" page.</summary>
    NotFound,

    /// <summary>A bot challenge or refusal, not a dictionary page.</summary>
    Blocked,

    /// <summary>A page that is none of the above: the markup has drifted.</summary>
    Empty,
}
