namespace Scraper.Sites;

/// <summary>How a site's page holds its entries, and so which reader the parser uses.</summary>
public enum PageLayout
{
    /// <summary>Each entry is an element; the selectors find everything inside it.</summary>
    Elements,

    /// <summary>
    /// MediaWiki's flat sections (Wiktionary): headings, a headword line and a list of senses are siblings,
    /// which no selector can group, so code walks them; see SiteSelectors for what each selector means there.
    /// </summary>
    WikiSections,
}
