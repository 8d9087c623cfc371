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
            // Phrases and idioms (.re) are entries of their own, with numbered senses of their own.
            Excluded = ".re",
            Headword = ".h2_entry .orth, .title_container h2 .orth",
            // Each numbered sense has its own part of speech; the entry joins them.
            PartOfSpeech = ".definitions .hom .gramGrp .pos",
            JoinPartsOfSpeech = true,
            Pronunciation = ".mini_h2 .pron",
            // The page does not say whose accent it is (COBUILD records British speakers, but no element says so).
            Audio = ".mini_h2 a.hwd_sound[data-src-mp3]",
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
            // words are in .columns2 (other scrapers' code: no such page was saved).
            Suggestion = ".columns2 li a",
        },
        VerifiedOn = "saved 2019 page how; the layout since about 2021 (no content-box-definition) on a fixture only",
        Notes = "No not-found page was saved: an unknown word is not-found when the site answers 404 or sends it to its " +
            "spelling page (/spellcheck/). " +
            "A numbered sense that is only a cross-reference keeps it as its definition (\"how about\").",
        RequestsPerSecond = 2,
        CheckWords = ["how", "love"],
    };
}
