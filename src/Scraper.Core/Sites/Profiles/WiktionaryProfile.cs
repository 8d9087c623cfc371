namespace Scraper.Sites.Profiles;

/// <summary>The English Wiktionary's English sections, read by <see cref="PageLayout.WikiSections"/>.</summary>
internal static class WiktionaryProfile
{
    public static SiteProfile Profile { get; } = new()
    {
        Name = "wiktionary",
        Description = "Wiktionary, English entries",
        Origin = new Uri("https://en.wiktionary.org"),
        PathTemplate = "/wiki/{slug}",
        SlugRule = SlugRule.Title,
        Layout = PageLayout.WikiSections,
        Selectors = new SiteSelectors
        {
            Entry = "#mw-content-text .mw-parser-output",
            Headword = "strong.headword",
            Pronunciation = ".IPA",
            Sense = ":scope > li",
            // Left out of a sense's own text: its examples, quotations and sub-senses, pictures.
            Definition = "ol, ul, dl, div, table, figure",
            // A sense's own "#:" lines; quotations ("#*") are a nested ul. Inline synonym lines are not examples.
            Example = ":scope > dl > dd:not(:has(.nyms)):not(:has(.maintenance-line))",
            Subsense = ":scope > ol > li",
            SubsenseExample = ":scope > dl > dd:not(:has(.nyms)):not(:has(.maintenance-line))",
            NotFound = ".noarticletext, .mw-parser-output:not(:has(#English))",
        },
        VerifiedOn = "saved 2020 pages house, grapple and test; the 2023+ heading markup and <section>-wrapped sections only on fixtures",
        Notes = "One entry per part of speech of the English section. Titles are case-sensitive (spaces become _). " +
            "A page without an English section is not-found.",
        RequestsPerSecond = 2,
        CheckWords = ["house", "love"],
    };
}
