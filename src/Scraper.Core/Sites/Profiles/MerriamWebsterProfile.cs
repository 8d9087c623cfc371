namespace Scraper.Sites.Profiles;

/// <summary>Merriam-Webster: the 2019/2020 layout of a saved page, and the later one from other scrapers' code.</summary>
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
            // One block per homograph. The Learner's (#other-entry-N), Kids (#elementary-entry-N) and Medical
            // (#medical-entry-N) sections below them have headwords too, but are not entries of this dictionary.
            Entry = "[id^='dictionary-entry-']",
            // 2019: the headword, part of speech and pronunciation stand in rows before the entry block; later they are inside it.
            EntryHeader = ".entry-header, .entry-attr, .headword-row",
            // An author's attribution ("—Shakespeare") is no example, nor part of one: 2019 puts it inside the example
            // (.aq in .ex-sent), the later layout beside it as an .ex-sent of its own (.ex-sent.aq.has-aq).
            Excluded = ".aq",
            // 2019: h1.hword, then p.hword for the next entries (the block's own "Definition of" title is p.hword2, not a headword).
            Headword = ".hword",
            PartOfSpeech = ".parts-of-speech, .fl",
            // 2019: "\ ˈwīn \" in .prs .pr; later the text of the recording's link.
            Pronunciation = ".prons-entries-list-inline .play-pron-v2, .prs .pr",
            // A numbered sense: 2019 div.sb (in a .vg, one per transitive and intransitive group); later a .vg-sseq-entry-item
            // around its div.sb. Its lettered and sub-numbered senses are the sb-N blocks inside it: sb-0 is the sense's own
            // (1 a), the others its sub-senses (b, (2)), as are the later parts of a parenthesized sequence in sb-0.
            Sense = ".vg-sseq-entry-item, .sb",
            Definition = ".sb-0 .dtText",
            // The bold ": " that opens every definition.
            LeadingSeparator = ".mw_t_bc",
            // Inside the definition's own text (2019) or beside it (later): the definition leaves it out either way.
            Example = ".sb-0 .ex-sent",
            Subsense = ".sb-entry:not(.sb-0), [class^='sb-']:not(.sb-0), .sb-0 .sense + .sense",
            SubsenseDefinition = ".dtText",
            SubsenseExample = ".ex-sent",
            NotFound = ".spelling-suggestion-text, .spelling-suggestions",
            Suggestion = ".spelling-suggestions a, .spelling-suggestion-col a",
        },
        VerifiedOn = "saved 2019 page wine (two entries, header before the entry block, transitive and intransitive groups); " +
            "the layout since about 2021 (.entry-word-section-container, .vg-sseq-entry-item, header inside the block) " +
            "from other scrapers' code, checked on fixtures only; the not-found page from other scrapers' code",
        Notes = "Reportedly behind a bot challenge since 2026: such pages are reported blocked. A verb's transitive and " +
            "intransitive groups are read as one entry's senses, in page order (a sense carries no group label). " +
            "Recordings are not read: the page names a file (data-file), not a URL.",
        RequestsPerSecond = 2,
        CheckWords = ["wine", "love"],
    };
}
