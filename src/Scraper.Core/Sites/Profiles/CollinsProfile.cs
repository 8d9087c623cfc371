namespace Scraper.Sites.Profiles;

/// <summary>Collins Dictionary: the COBUILD learner's entry of its English pages.</summary>
internal static class CollinsProfile
{
    public static SiteProfile Profile { get; } = new()
    {
        Name = "collins",
        Description = "Collins Dictionary, COBUILD Advanced English",
        Origin = new Uri("https://www.collinsdictionary.com"),
        PathTemplate = "/dictionary/english/{slug}",
        Selectors = new SiteSelectors
        {
            // The page also holds the Collins English Dictionary (.ced) and Webster's (.american) boxes. Since about 2021
            // (other scrapers' code; no page saved) the COBUILD dictionary has no content-box-definition: it is itself a
            // dictentry, or holds one dictentry per entry ("take"). The 2019 box sits inside its dictentry: read once.
            Entry = ".content-box-definition.cobuild, .Cob_Adv_Brit.dictentry, .Cob_Adv_Brit .dictentry",
            // Phrases and idioms (.re) are entries of their own, with numbered senses of their own; a sense's synonyms box
            // (div.thes, in the layout other scrapers' code and tests show since about 2021) is not its text.
            Excluded = ".re, .thes",
            Headword = ".h2_entry .orth, .title_container h2 .orth",
            // Each numbered sense has its own part of speech; the entry joins them.
            // 2019: .gramGrp > .pos; later also one span.gramGrp.pos (other scrapers' code and tests, 2021-2025).
            PartOfSpeech = ".definitions .hom .gramGrp .pos, .definitions .hom .gramGrp.pos",
            JoinPartsOfSpeech = true,
            Pronunciation = ".mini_h2 .pron",
            // The page does not say whose accent it is (COBUILD records British speakers, but no element says so).
            // 2019: a.hwd_sound; later any element of the header with data-src-mp3.
            Audio = ".mini_h2 [data-src-mp3]",
            Sense = ".definitions .hom",
            Definition = ".sense .def",
            // Four numbered senses of "how" are only a link to a phrase's entry ("how about").
            CrossReference = ".sense .xr",
            Example = ".sense .cit.type-example .quote",
            // A numbered sense with a second block ("How is also a conjunction") gives it as a sub-sense.
            Subsense = ".sense + .sense",
            SubsenseDefinition = ".def",
            SubsenseExample = ".cit.type-example .quote",
            // An unknown word is redirected to /spellcheck/english?q=WORD, which the parser knows by its address; its
            // words are in .columns2, as list items or (other scrapers' tests, 2025) paragraphs: no such page was saved.
            Suggestion = ".columns2 a",
        },
        VerifiedOn = "saved 2019 page how; the layout since about 2021 (no content-box-definition, span.gramGrp.pos, div.thes, " +
            "a spelling page of paragraphs) from other scrapers' code and tests, on fixtures only",
        Notes = "No not-found page was saved: an unknown word is not-found when the site answers 404 or sends it to its " +
            "spelling page (/spellcheck/). " +
            "A numbered sense that is only a cross-reference keeps it as its definition (\"how about\").",
        RequestsPerSecond = 2,
        CheckWords = ["how", "love"],
    };
}
