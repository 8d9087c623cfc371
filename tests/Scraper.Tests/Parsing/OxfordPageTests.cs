using Scraper.Parsing;
using Scraper.Results;

namespace Scraper.Tests.Parsing;

/// <summary>The oxford profile on pages written in Oxford Learner's markup (Fixtures/oxford).</summary>
public sealed class OxfordPageTests
{
    private static readonly SiteFixtures Site = new("oxford");

    [Fact]
    public void A_homograph_page_gives_its_entry_and_a_link_to_the_other_homograph_only()
    {
        // Arrange
        var expected = new Entry("quindle", 1, "noun", "/ˈkwɪndl/",
        [
            new Sense("a small wooden stick used for winding thread", ["Her quindles were kept in a tin.", "a quindle of red wool"], []),
            new Sense("the act of delaying a decision for as long as possible", ["After a week of quindle, they agreed."], []),
        ]);

        // Act: fetched as the bare slug, the page says it is quindle_1.
        var page = Site.Parse("quindle_1.html", "quindle");

        // Assert
        Assert.Equal(EntryRendering.Render(expected), EntryRendering.Render(Assert.Single(page.Entries)));
        Assert.Equal([Site.Url("quindle_2")], page.HomographLinks);
        PageAssert.NotRead(page, "extra example", "synonym box", "idiom example", "waiting for something");
    }

    [Fact]
    public void The_second_homograph_links_back_to_the_first_and_not_to_itself()
    {
        // Act
        var page = Site.Parse("quindle_2.html", "quindle_2");

        // Assert
        var entry = Assert.Single(page.Entries);
        Assert.Equal((2, "verb", "/ˈkwɪndl/"), (entry.Homograph, entry.PartOfSpeech, entry.Pronunciation));
        Assert.Equal([Site.Url("quindle_1")], page.HomographLinks);
    }
}
