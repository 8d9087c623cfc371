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
        Selectors = new SiteSelectors
        {
            Entry = "#entryContent > .entry",
            Headword = ".webtop-g h2.h",
            PartOfSpeech = ".webtop-g .pos",
            // The headword's own British pronunciation, not those of its verb forms.
            Pronunciation = ".top-g > .pron-gs .pron-g[geo=br] .phon",
            // "BrE" and the slashes open the pronunciation.
            LeadingSeparator = ".bre, .name, .separator",
            // Idiom senses are span.sn-g, not li.
            Sense = ".h-g > .sn-gs > li.sn-g",
            Definition = ":scope > .def",
            // Not "Extra examples" (.res-g) nor the synonym and collocation boxes.
            Example = ":scope > .x-gs .x",
            NotFound = ".results h1",
            Suggestion = "ul.result-list li a.dym-link",
            HomographLink = "#relatedentries li a:has(.arl1)",
        },
        VerifiedOn = "saved 2018 pages love_1, love_2 and jumblish (not found)",
        Notes = "One homograph per page (love_1 noun, love_2 verb), linked; the pages after 2020 have another layout, not saved.",
        RequestsPerSecond = 2,
    };
}
