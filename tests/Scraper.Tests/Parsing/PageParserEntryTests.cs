using Scraper.Parsing;
using Scraper.Results;
using static Scraper.Tests.Parsing.MacmillanFixtures;

namespace Scraper.Tests.Parsing;

public sealed class PageParserEntryTests
{
    [Fact]
    public void An_entry_page_yields_its_senses_sub_senses_and_examples_and_nothing_from_the_page_furniture()
    {
        // Arrange
        var expected = new Entry("florp", 1, "verb", "/flɔːp/",
        [
            new Sense("to fold paper or cloth quickly and without care",
                ["He florped the map and pushed it into his bag.", "Please stop florping up your shirts (=folding them badly)."],
                []),
            new Sense("to give up on a plan at the last moment",
                ["We were all packed, and then Dana florped."],
                [
                    new Subsense("to leave a game before it ends", ["Nobody florps in the middle of a chess match."]),
                    new Subsense("to cancel a meeting without warning", ["The board florped on us again.", "Don’t florp on me this time."]),
                ]),
            new Sense("to speak in a low bubbling voice. This use is rare", [], []),
        ]);

        // Act
        var page = Parse("florp_1.html", "florp");

        // Assert
        Assert.Equal(PageKind.Entry, page.Kind);
        Assert.Equal(EntryRendering.Render(expected), EntryRendering.Render(Assert.Single(page.Entries)));
        Assert.Empty(page.Suggestions);
    }

    [Fact]
    public void A_second_homograph_page_yields_its_entry_numbered_from_the_canonical_url()
    {
        // Arrange
        var expected = new Entry("florp", 2, "noun", "/flɔːp/",
        [
            new Sense("a careless fold in paper or cloth",
                ["There was a deep florp across the middle of the letter.", "Iron out the florps before you frame it."],
                []),
            new Sense("a plan that someone gives up on", [],
                [new Subsense("a trip that never happens", ["Our seaside holiday turned into another florp."])]),
        ]);

        // Act
        var page = Parse("florp_2.html", "florp_2");

        // Assert
        Assert.Equal(PageKind.Entry, page.Kind);
        Assert.Equal(EntryRendering.Render(expected), EntryRendering.Render(Assert.Single(page.Entries)));
    }

    [Fact]
    public void Homograph_links_follow_only_arl1_items_and_leave_out_the_page_itself()
    {
        // Act
        var first = Parse("florp_1.html", "florp");
        var second = Parse("florp_2.html", "florp_2");

        // Assert
        Assert.Equal([PageUrl("florp_2")], first.HomographLinks);
        Assert.Equal([PageUrl("florp_1")], second.HomographLinks);
    }

    [Fact]
    public void When_the_links_will_not_be_followed_they_are_not_looked_for_and_the_entry_is_the_same()
    {
        // Act
        var withLinks = Parse("florp_1.html", "florp");
        var withoutLinks = Parser.ParseHtml(Read("florp_1.html"), PageUrl("florp"), findHomographLinks: false);

        // Assert
        Assert.Empty(withoutLinks.HomographLinks);
        Assert.Equal(EntryRendering.Render(withLinks.Entries[0]), EntryRendering.Render(Assert.Single(withoutLinks.Entries)));
    }

    [Fact]
    public void Relative_homograph_links_resolve_against_the_url_the_page_was_fetched_from()
    {
        // Arrange
        var localPage = new Uri("http://127.0.0.1:5000/dictionary/british/florp_2");

        // Act
        var page = Parser.ParseHtml(Read("florp_2.html"), localPage);

        // Assert
        Assert.Equal([new Uri("http://127.0.0.1:5000/dictionary/british/florp_1")], page.HomographLinks);
    }

    [Fact]
    public void Without_a_canonical_link_the_homograph_number_comes_from_the_page_url()
    {
        // Arrange
        var html = Read("florp_2.html").Replace("rel=\"canonical\"", "rel=\"alternate\"", StringComparison.Ordinal);

        // Act
        var numbered = Parser.ParseHtml(html, PageUrl("florp_3"));
        var bare = Parser.ParseHtml(html, PageUrl("florp"));

        // Assert
        Assert.Equal(3, Assert.Single(numbered.Entries).Homograph);
        Assert.Null(Assert.Single(bare.Entries).Homograph);
    }
}
