namespace Scraper.Sites.Profiles;

/// <summary>Merriam-Webster, from other scrapers' selectors only.</summary>
internal static class MerriamWebsterProfile
{
    public static SiteProfile Profile { get; } = new()
    {
        Name = "merriam-webster",
        Description = "Merriam-Webster Dictionary",
        Origin = new Uri("https://www.merriam-webster.com"),
        PathTemplate = "/dictionary/{slug}",
        SlugRule = SlugRule.Escaped,
        Selectors = new SiteSelectors
        {
            Entry = "[id^='dictionary-entry-']",
            Headword = ".hword",
            PartOfSpeech = ".parts-of-speech, .fl",
            Pronunciation = ".prons-entries-list-inline .play-pron-v2, .prs .pr",
            Sense = ".vg-sseq-entry-item",
            Definition = ".sb-0 .dtText",
            // The bold ": " that opens every definition.
            LeadingSeparator = ".mw_t_bc",
            Example = ".sb-0 .ex-sent",
            Subsense = ".sb-entry:not(.sb-0)",
            SubsenseDefinition = ".dtText",
            SubsenseExample = ".ex-sent",
            NotFound = ".spelling-suggestion-text, .spelling-suggestions",
            Suggestion = ".spelling-suggestions a, .spelling-suggestion-col a",
        },
        VerifiedOn = "UNVERIFIED: no saved merriam-webster.com page; selectors from other scrapers' code, checked on a fixture only",
        Notes = "Reportedly behind a bot challenge since 2026: such pages are reported blocked.",
        RequestsPerSecond = 2,
    };
}
