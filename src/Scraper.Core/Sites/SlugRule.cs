namespace Scraper.Sites;

/// <summary>How a keyword becomes the one path segment of its page URL.</summary>
public enum SlugRule
{
    /// <summary>Macmillan's rule: diacritics removed, lowercase, runs of other characters become one "-".</summary>
    Dashed,

    /// <summary>A page title: spaces become "_", everything else percent-encoded (Wiktionary).</summary>
    Title,

    /// <summary>The word as typed, percent-encoded, spaces as "%20" (Merriam-Webster).</summary>
    Escaped,
}
