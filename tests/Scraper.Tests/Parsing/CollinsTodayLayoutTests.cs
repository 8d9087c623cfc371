using Scraper.Parsing;
using Scraper.Results;

namespace Scraper.Tests.Parsing;

/// <summary>
/// The collins profile on invented pages in the shapes other scrapers' code and tests show for 2021-2025; no saved page
/// of them: the shapes are theirs, the words are ours.
/// </summary>
public sealed class CollinsTodayLayoutTests
{
    private static readonly SiteFixtures Site = new("collins");

    [Fact]
    public void A_part_of_speech_in_one_gramGrp_pos_span_is_read_and_a_synonyms_box_is_not()
    {
        // Arrange
        var expected = new Entry("hallow", null, "verb, noun", "/ˈhæləʊ/",
        [
            new Sense("If you hallow a place, you treat it as holy.", ["They hallowed the old well."], []),
            new Sense("A hallow is a holy person.", [], []),
        ]);

        // Act
        var page = Site.Parse("hallow-2025.html", "hallow");

        // Assert
        Assert.Equal(EntryRendering.Render(expected), string.Concat(page.Entries.Select(EntryRendering.Render)));
        Assert.Equal(["https://www.collinsdictionary.com/sounds/hwd_sounds/hallow.mp3"], page.Entries[0].Audio.Select(a => a.Url));
        PageAssert.NotRead(page, "sanctify");
    }

    [Fact]
    public void The_spelling_page_with_its_words_in_paragraphs_gives_them_as_suggestions()
    {
        // Act
        var page = Site.Parser.ParseFile(Site.PathOf("zorpel-spellcheck-2025.html"), new Uri("https://www.collinsdictionary.com/spellcheck/english?q=zorpel"));

        // Assert
        Assert.Equal(PageKind.NotFound, page.Kind);
        Assert.Equal(["zorple", "sorrel"], page.Suggestions);
    }
}
