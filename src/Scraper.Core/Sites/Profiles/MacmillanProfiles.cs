namespace Scraper.Sites.Profiles;

/// <summary>Macmillan Dictionary (closed 30 June 2023): both editions and the American pages in the Internet Archive.</summary>
internal static class MacmillanProfiles
{
    private static readonly Uri Origin = new("https://www.macmillandictionary.com");

    // Each selector names the 2018 layout (checked on the saved British pages) first, then the 2019-2023 layout,
    // known only from other scrapers' code (MARKUP.md) and checked on fixtures written from it.
    private static readonly SiteSelectors Selectors = new()
    {
        Entry = "#entryContent",
        // The thesaurus snippet and the collocation and metaphor boxes inside a sense.
        Excluded = ".THES, .sidebox",
        Headword = "#headword .BASE, .big-title .BASE",
        PartOfSpeech = "#headbar .PART-OF-SPEECH, .entry-pron-head .PART-OF-SPEECH",
        Pronunciation = "#headbar .PRON, .entry-pron-head .PRON",
        Audio = "#headbar .PRONS .sound[data-src-mp3], .entry-pron-head .PRONS .sound[data-src-mp3]",
        // The 2018 pages name the accent only in the recording's path and title ("uk_pron", "in British English").
        AudioUk = "[data-src-mp3*='/uk_pron/'], [title*='British English']",
        AudioUs = "[data-src-mp3*='/us_pron/'], [title*='American English']",
        Sense = "ol.senses > li",
        Definition = ".SENSE-BODY .DEFINITION, .SENSE-CONTENT .DEFINITION",
        LeadingSeparator = ".SEP",
        // p.EXAMPLE: the words linked inside an example are span.EXAMPLE.
        Example = ".SENSE-BODY .EXAMPLES p.EXAMPLE, .SENSE-CONTENT .EXAMPLES p.EXAMPLE",
        Subsense = "ol.SUB-SENSES > li",
        SubsenseDefinition = ".SUB-SENSE-CONTENT .DEFINITION",
        SubsenseExample = ".SUB-SENSE-CONTENT .EXAMPLES p.EXAMPLE",
        NotFound = "#search-results h1",
        Suggestion = "#search-results li a, .display-list li a",
        // 2018: arl1 marks the same headword's other homographs, arl2 merely related entries (love-in, free love).
        // Later the list no longer tells them apart: the parser keeps only links to the same slug with another _N.
        HomographLink = "#relatedentries li > a:has(.arl1), .related-entries-item a",
    };

    private const string Layouts =
        "2018 layout: saved 2018 British pages love, love_2, jumblish; 2019-2023 layout: only fixtures written from other scrapers' selectors";

    public static SiteProfile American { get; } = new()
    {
        Name = "macmillan",
        Description = "Macmillan Dictionary, American edition (closed 30 June 2023: its words come from the Internet Archive's copy by themselves)",
        Origin = Origin,
        PathTemplate = "/us/dictionary/american/{slug}",
        Selectors = Selectors,
        VerifiedOn = Layouts + "; the embedded local site",
        Notes = "No American page was saved; the British pages share the markup. One homograph per page (love_1, love_2), linked.",
        ArchivedAs = "macmillan-archive",
    };

    public static SiteProfile British { get; } = American with
    {
        Name = "macmillan-uk",
        Description = "Macmillan Dictionary, British edition (closed 30 June 2023: use --base-url)",
        PathTemplate = "/dictionary/british/{slug}",
        VerifiedOn = Layouts,
        ArchivedAs = null,
    };

    // The dictionary closed on 30 June 2023; later captures are its redirects to the publisher. The archive answers with
    // the capture nearest the timestamp asked for, earlier or later: just before the closure finds the last pages.
    public static SiteProfile Archive { get; } = American with
    {
        Name = "macmillan-archive",
        Description = "Macmillan Dictionary, American edition, as the Internet Archive keeps it (raw id_ copies)",
        Origin = new Uri("https://web.archive.org"),
        PathTemplate = "/web/{timestamp}id_/https://www.macmillandictionary.com/us/dictionary/american/{slug}",
        ArchiveTimestamp = "20230601",
        ArchivedAs = null,
        VerifiedOn = "not on an archived page: fixtures of the 2019-2023 layout written from other scrapers' selectors, through a local imitation of the archive",
        Notes = "Each page is the archive's capture nearest the timestamp; its redirects are followed while they stay on www.macmillandictionary.com. " +
            "A word archived only after the closure (its capture redirects elsewhere) is not-found, \"only archived after the dictionary closed\"; " +
            "a word never captured is not-found, \"not in the archive\". The archive throttles heavy clients: 1 request a second, keep -c low.",
        RequestsPerSecond = 1,
    };
}
