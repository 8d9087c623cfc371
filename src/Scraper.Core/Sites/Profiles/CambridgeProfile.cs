namespace Scraper.Sites.Profiles;

/// <summary>Cambridge Dictionary's English (UK) dictionary.</summary>
internal static class CambridgeProfile
{
    public static SiteProfile Profile { get; } = new()
    {
        Name = "cambridge",
        Description = "Cambridge Dictionary, English (Cambridge Advanced Learner's)",
        Origin = new Uri("https://dictionary.cambridge.org"),
        PathTemplate = "/dictionary/english/{slug}",
        Selectors = new SiteSelectors
        {
            // A page stacks several dictionaries (English, then American, Business): only the first is read,
            // one entry per part of speech.
            EntryScope = ".di-body",
            // A phrasal verb's page holds a pv-block and an idiom's an idiom-block instead (other scrapers' code says so;
            // no such page was saved). The idiom's headword is an h2 outside any pos-header, its "idiom" in di-info.
            Entry = ".entry-body__el, .pv-block, .idiom-block",
            // A run-on word at an entry's end ("maker" in make) has a header of its own (part of speech, recording): not
            // the entry's, though its examples are. The "More examples" and thesaurus accordions are not the senses'.
            Excluded = ".runon-head, .daccord",
            Headword = ".pos-header .hw.dhw, .di-title .headword",
            PartOfSpeech = ".pos-header .pos.dpos, .di-info .pos.dpos",
            JoinPartsOfSpeech = true,
            Pronunciation = ".pos-header .uk.dpron-i .ipa",
            // The ogg beside each mp3 is the same recording.
            Audio = ".pos-header .daud source[type='audio/mpeg']",
            AudioUk = ".uk.dpron-i",
            AudioUs = ".us.dpron-i",
            Sense = ".def-block",
            Definition = ".def.ddef_d",
            Example = ".def-body .examp .eg",
            NotFound = "meta[property='og:url'][content*='/spellcheck/'], .hfl-s.lt2b h1.lbb",
            // The spelling page lists the word "in other dictionaries" (bilingual links) before its suggestions.
            Suggestion = ".hfl-s.lt2b li a[href*='/search/english/direct/']",
        },
        VerifiedOn = "saved pages make (2022), apple and the appel spelling page (2026), the hello and present entry " +
            "blocks (2024 fragments: the same entry markup without <head>), love in the English-Chinese dictionary (2019); " +
            "phrasal-verb and idiom pages on fixtures only",
        Notes = "Reportedly behind a bot challenge since 2026: such pages are reported blocked. Phrase senses " +
            "(\"make certain\") count as senses of their entry.",
        RequestsPerSecond = 2,
        CheckWords = ["love", "apple"],
    };
}
