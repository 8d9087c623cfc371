namespace Scraper.Lookup;

/// <summary>Whether a lookup follows a page's links to the other homographs of its headword.</summary>
public enum HomographMode
{
    All,
    First,
}
