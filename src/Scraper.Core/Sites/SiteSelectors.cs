namespace Scraper.Sites;

/// <summary>
/// The CSS selectors that find an entry on a site's page. Every selector below
/// <see cref="Entry"/> is evaluated inside one entry element; senses and sub-senses
/// scope their own selectors the same way, and <c>:scope</c> is the element they are evaluated in
/// (<c>:scope &gt; li</c>: its own items, not nested ones). A comma lists alternatives, e.g. one per layout a site has had.
/// In the <see cref="PageLayout.WikiSections"/> layout: <see cref="Entry"/> is the content element whose children are
/// the sections, <see cref="Headword"/> and <see cref="Pronunciation"/> are searched in the section's elements,
/// <see cref="Sense"/> in its list of senses, and <see cref="Definition"/> names the parts of a sense left out of its
/// definition (nested lists, pictures), because the definition is the sense's own text.
/// </summary>
public sealed record SiteSelectors
{
    /// <summary>
    /// Where entries are looked for: inside the first match only (Cambridge's first dictionary of several on
    /// one page). Null: the whole page.
    /// </summary>
    public string? EntryScope { get; init; }

    /// <summary>One match per entry (homograph) on the page.</summary>
    public required string Entry { get; init; }

    /// <summary>
    /// Where a site puts an entry's header before the entry block instead of inside it (Merriam-Webster's 2019 layout):
    /// the element siblings before the entry, back to the previous entry, that match this. The headword, part of speech
    /// and pronunciation are looked for in them first, then in the entry. Null: the entry holds its own header.
    /// </summary>
    public string? EntryHeader { get; init; }

    /// <summary>
    /// Blocks inside an entry that belong to none of its fields: idiom and phrasal-verb blocks, "extra examples",
    /// thesaurus and collocation boxes, a run-on word's header, an example's author attribution. A match inside one is
    /// no headword, sense, definition or example of the entry, and its text is left out of theirs. This is what lets
    /// the other selectors reach their fields through any wrapper a site adds (".sense .def", not ":scope &gt; .def").
    /// </summary>
    public string? Excluded { get; init; }

    public required string Headword { get; init; }

    /// <summary>Homograph number inside the entry; when absent, taken from the page URL's "_N" suffix.</summary>
    public string? Homograph { get; init; }

    public string? PartOfSpeech { get; init; }

    /// <summary>
    /// Keep every distinct match of <see cref="PartOfSpeech"/>, joined with ", " (Cambridge's "exclamation, noun"),
    /// not just the first: this searches the whole entry, where the first match ends the search early.
    /// </summary>
    public bool JoinPartsOfSpeech { get; init; }

    public string? Pronunciation { get; init; }

    /// <summary>
    /// The entry's pronunciation recordings: elements whose <c>data-src-mp3</c> attribute (Macmillan, Oxford, Longman,
    /// Collins) or else <c>src</c> (Cambridge's <c>&lt;source type="audio/mpeg"&gt;</c>) holds the URL.
    /// </summary>
    public string? Audio { get; init; }

    /// <summary>A recording that matches this selector, or sits inside an element that does, is British ("uk").</summary>
    public string? AudioUk { get; init; }

    /// <summary>A recording that matches this selector, or sits inside an element that does, is American ("us").</summary>
    public string? AudioUs { get; init; }

    public required string Sense { get; init; }

    public required string Definition { get; init; }

    /// <summary>
    /// Separator elements (Macmillan's span.SEP) whose text is dropped where they open a definition,
    /// an example, a part of speech or a pronunciation.
    /// </summary>
    public string? LeadingSeparator { get; init; }

    /// <summary>
    /// Inside a sense without a definition or sub-senses of its own: the cross-reference it holds instead (Longman's
    /// "→ make love (to/with somebody)"), whose text becomes the definition, so that no numbered sense of the page is lost.
    /// </summary>
    public string? CrossReference { get; init; }

    public string? Example { get; init; }

    public string? Subsense { get; init; }

    public string? SubsenseDefinition { get; init; }

    public string? SubsenseExample { get; init; }

    /// <summary>Present only on the site's "no such word" page.</summary>
    public string? NotFound { get; init; }

    public string? Suggestion { get; init; }

    /// <summary>
    /// Links to the other homographs of the same headword, on other pages. Alternatives separated by commas are
    /// tried in order, and the first that gives a link wins: the later ones cost nothing on a page the first fits.
    /// </summary>
    public string? HomographLink { get; init; }
}
