namespace Scraper.Sites;

/// <summary>
/// The CSS selectors that find an entry on a site's page. Every selector below
/// <see cref="Entry"/> is evaluated inside one entry element; senses and sub-senses
/// scope their own selectors the same way.
/// </summary>
public sealed record SiteSelectors
{
    /// <summary>One match per entry (homograph) on the page.</summary>
    public required string Entry { get; init; }

    public required string Headword { get; init; }

    /// <summary>Homograph number inside the entry; when absent, taken from the page URL's "_N" suffix.</summary>
    public string? Homograph { get; init; }

    public string? PartOfSpeech { get; init; }

    public string? Pronunciation { get; init; }

    public required string Sense { get; init; }

    public required string Definition { get; init; }

    /// <summary>
    /// Separator elements (Macmillan's span.SEP) whose text is dropped where they open a definition,
    /// an example, a part of speech or a pronunciation.
    /// </summary>
    public string? LeadingSeparator { get; init; }

    public string? Example { get; init; }

    public string? Subsense { get; init; }

    public string? SubsenseDefinition { get; init; }

    public string? SubsenseExample { get; init; }

    /// <summary>Present only on the site's "no such word" page.</summary>
    public string? NotFound { get; init; }

    public string? Suggestion { get; init; }

    /// <summary>Links to the other homographs of the same headword, on other pages.</summary>
    public string? HomographLink { get; init; }
}
