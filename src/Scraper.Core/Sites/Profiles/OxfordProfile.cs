namespace Scraper.Sites.Profiles;

/// <summary>Oxford Learner's Dictionaries.</summary>
internal static class OxfordProfile
{
    public static SiteProfile Profile { get; } = new()
    {
        Name = "oxford",
        Description = "Oxford Learner's Dictionaries (Oxford Advanced Learner's Dictionary)",
        Origin = new Uri("https://www.oxfordlearnersdictionaries.com"),
        PathTemplate = "/definition/english/{slug}",
        // Each selector names the 2018 layout (checked on the saved pages) first, then the one served since about
        // 2019, checked on fixtures written in its shape.
        Selectors = new SiteSelectors
        {
            Entry = "#entryContent .entry",
            // Idioms (.idm-gs, later .idioms or a bare .idm-g with a header of its own) and phrasal verbs have senses of
            // their own; "Extra examples" (.res-g, later .collapse), the synonym, collocation and verb-form boxes (.collapse,
            // .vp-g) are no sense's. The later headword carries its homograph number (h1.headword > span.hm): not its text.
            Excluded = ".idm-gs, .idm-g, .idioms, .pv-gs, .res-g, .collapse, .vp-g, .hm",
            Headword = ".webtop-g h2.h, .webtop h1.headword",
            PartOfSpeech = ".webtop-g .pos, .webtop .pos",
            // The headword's own British pronunciation, not those of its verb forms (the first in the entry).
            Pronunciation = ".top-g .pron-gs .pron-g[geo=br] .phon, .phons_br .phon",
            // "BrE" and the slashes open the 2018 pronunciation.
            LeadingSeparator = ".bre, .name, .separator",
            // The headword's recordings only, not those of its verb forms (a table in the entry).
            Audio = ".top-g .pron-gs .sound[data-src-mp3], .webtop .phonetics .sound[data-src-mp3]",
            AudioUk = ".pron-uk, .phons_br",
            AudioUs = ".pron-us, .phons_n_am",
            // Idiom senses are span.sn-g (2018) or sit in the idioms' own lists (later), both excluded. Later senses sit in
            // ol.sense_single or ol.senses_multiple, sometimes in a short-titled group (shcut-g), or in an <ol> with no class
            // (the OALD10 markup other scrapers' tests mirror): any li.sense of the entry is a sense.
            Sense = "li.sn-g, li.sense",
            Definition = ".def",
            // A numbered sense that only says "see glimmet" keeps its place, as Longman's do (its xrefs markup is the one
            // defined senses end with; no saved page shows a sense of only that).
            CrossReference = ".xrefs",
            // Not "Extra examples" (.res-g in 2018, .collapse later) nor the synonym and collocation boxes.
            Example = ".x-gs .x, ul.examples .x",
            NotFound = ".results h1",
            Suggestion = "ul.result-list li a.dym-link",
            HomographLink = "#relatedentries li a:has(.arl1)",
        },
        VerifiedOn = "saved 2018 pages love_1, love_2 and jumblish (not found); the layout since 2019 (h1.headword, ol.sense_single, " +
            "ol.senses_multiple) and the OALD10 markup of 2024-2026 (span.hm in the headword, senses in an unclassed <ol>, idioms " +
            "in a bare span.idm-g) from other scrapers' code and tests, on fixtures only",
        Notes = "One homograph per page (love_1 noun, love_2 verb), linked. No page of a layout later than 2018 was saved.",
        RequestsPerSecond = 2,
    };
}
