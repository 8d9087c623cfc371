namespace Scraper.Sites.Profiles;

/// <summary>Longman Dictionary of Contemporary English Online.</summary>
internal static class LongmanProfile
{
    public static SiteProfile Profile { get; } = new()
    {
        Name = "longman",
        Description = "Longman Dictionary of Contemporary English",
        Origin = new Uri("https://www.ldoceonline.com"),
        PathTemplate = "/dictionary/{slug}",
        Selectors = new SiteSelectors
        {
            // The word-of-the-day box is an .ldoceEntry too, and the Business Dictionary's entries are not. A phrasal
            // verb's own page holds a PhrVbEntry, headed PHRVBHWD (other scrapers' code and the dictionary's own tag
            // names; no such page was saved); inside a verb's entry it is neither an entry nor the verb's senses.
            Entry = ".dictentry .ldoceEntry, .dictentry .PhrVbEntry",
            // A phrasal verb inside a verb's entry, and the grammar, collocation and thesaurus boxes (.Tail, .Thesref).
            Excluded = ".PhrVbEntry, .Tail, .Thesref",
            Headword = ".Head .HWD, .Head .PHRVBHWD",
            Homograph = ".Head .HOMNUM",
            // An entry may name several ("interjection, noun"): all are kept, joined as Collins's are.
            // The entry's own head: a phrasal verb inside a verb's entry has a head of its own (excluded), with its POS and speaker.
            PartOfSpeech = ".Head .POS",
            JoinPartsOfSpeech = true,
            Pronunciation = ".Head .PRON",
            // The examples have speakers too (.exafile): not a pronunciation of the headword.
            Audio = ".Head .speaker.brefile[data-src-mp3], .Head .speaker.amefile[data-src-mp3]",
            AudioUk = ".brefile",
            AudioUs = ".amefile",
            Sense = ".Sense",
            Definition = ".DEF",
            // A numbered sense may be only "→ I love it!"; not the thesaurus pointer (.Thesref) of a defined sense.
            CrossReference = ".Crossref",
            // Examples of grammar and collocation patterns are in the sense; the .Tail boxes are not.
            Example = ".EXAMPLE",
            Subsense = ".Subsense",
            SubsenseDefinition = ".DEF",
            SubsenseExample = ".EXAMPLE",
            NotFound = "h1.search_title",
            Suggestion = "ul.didyoumean li a",
        },
        VerifiedOn = "saved 2018 pages love, profit and jumblish (not found); an entry of two parts of speech and a phrasal verb's page on fixtures only",
        Notes = "All homographs on one page, numbered by the site. A sense that is only a cross-reference keeps it as its definition (\"→ I love it!\").",
        RequestsPerSecond = 2,
    };
}
