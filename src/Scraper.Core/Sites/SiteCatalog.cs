namespace Scraper.Sites;

/// <summary>The built-in site profiles.</summary>
public static class SiteCatalog
{
    private static readonly Uri MacmillanOrigin = new("https://www.macmillandictionary.com");

    // Selectors checked on the saved 2018 British pages (shared/dictionary-pages/macmillan-uk).
    private static readonly SiteSelectors MacmillanSelectors = new()
    {
        Entry = "#entryContent",
        Headword = "#headword .BASE",
        PartOfSpeech = "#headbar .PART-OF-SPEECH",
        Pronunciation = "#headbar .PRON",
        Sense = "ol.senses > li",
        Definition = ".SENSE-BODY > .DEFINITION",
        LeadingSeparator = ".SEP",
        Example = ".SENSE-BODY > .EXAMPLES > p.EXAMPLE",
        Subsense = "ol.SUB-SENSES > li",
        SubsenseDefinition = ".SUB-SENSE-CONTENT > .DEFINITION",
        SubsenseExample = ".SUB-SENSE-CONTENT > .EXAMPLES > p.EXAMPLE",
        NotFound = "#search-results h1",
        Suggestion = "#search-results li a",
        // arl1 marks the same headword's other homographs; arl2 marks merely related entries (love-in, free love).
        HomographLink = "#relatedentries li > a:has(.arl1)",
    };

    public static IReadOnlyList<SiteProfile> All { get; } =
    [
        new()
        {
            Name = "macmillan",
            Description = "Macmillan Dictionary, American edition (closed 30 June 2023: use --base-url)",
            Origin = MacmillanOrigin,
            PathTemplate = "/us/dictionary/american/{slug}",
            Selectors = MacmillanSelectors,
            VerifiedOn = "saved 2018 British pages (same markup); the embedded local site",
        },
        new()
        {
            Name = "macmillan-uk",
            Description = "Macmillan Dictionary, British edition (closed 30 June 2023: use --base-url)",
            Origin = MacmillanOrigin,
            PathTemplate = "/dictionary/british/{slug}",
            Selectors = MacmillanSelectors,
            VerifiedOn = "saved 2018 British pages: love, love_2, jumblish",
        },
    ];

    public static SiteProfile? Find(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}
