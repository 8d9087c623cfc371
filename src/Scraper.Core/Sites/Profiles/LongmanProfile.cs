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
            // The word-of-the-day box is an .ldoceEntry too, and the Business Dictionary's entries are not.
            Entry = ".dictentry .ldoceEntry",
            Headword = ".Head .HWD",
            Homograph = ".Head .HOMNUM",
            PartOfSpeech = ".Head .POS",
            Pronunciation = ".Head .PRON",
            Sense = ":scope > .Sense",
            Definition = ":scope > .DEF",
            // Examples of grammar and collocation patterns are in the sense; the .Tail boxes are not.
            Example = ".EXAMPLE",
            Subsense = ":scope > .Subsense",
            SubsenseDefinition = ":scope > .DEF",
            SubsenseExample = ".EXAMPLE",
            NotFound = "h1.search_title",
            Suggestion = "ul.didyoumean li a",
        },
        VerifiedOn = "saved 2018 pages love, profit and jumblish (not found)",
        Notes = "All homographs on one page, numbered by the site.",
        RequestsPerSecond = 2,
    };
}
