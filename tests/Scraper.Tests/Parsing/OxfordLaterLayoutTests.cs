using Scraper.Parsing;
using Scraper.Results;

namespace Scraper.Tests.Parsing;

/// <summary>
/// The Oxford layout served since about 2019 (h1.headword, li.sense in ol.sense_single or ol.senses_multiple), on
/// pages written in its shape (Fixtures/oxford): no real page of it was saved. The same profile reads the 2018 pages.
/// </summary>
public sealed class OxfordLaterLayoutTests
{
    private static readonly SiteFixtures Site = new("oxford");

    [Fact]
    public void Senses_in_short_titled_groups_and_outside_them_are_read_in_page_order()
    {
        // Arrange
        var expected = new Entry("plonder", 1, "noun", "/ˈplɒndə(r)/",
        [
            new Sense("a low, rolling noise like heavy boxes being moved across a wooden floor",
                ["The plonder from upstairs kept us awake.", "a distant plonder of carts"], []),
            new Sense("one heavy thud, as of a sack dropped on a floor", ["Each plonder made the lamp shake."], []),
            new Sense("a storeroom where unwanted furniture is kept", ["Put the old chairs in the plonder."], []),
            new Sense("a clumsy person who moves noisily", ["Don't be such a plonder on the stairs!"], []),
        ]);

        // Act: fetched as the bare slug, the page says it is plonder_1.
        var page = Site.Parse("plonder_1.html", "plonder");

        // Assert
        Assert.Equal(EntryRendering.Render(expected), EntryRendering.Render(Assert.Single(page.Entries)));
        PageAssert.CleanText(page);
    }

    [Fact]
    public void Collapse_boxes_and_idioms_are_never_read_as_the_senses_own()
    {
        // Act
        var page = Site.Parse("plonder_1.html", "plonder_1");

        // Assert: extra examples, collocations, word origin and the idiom's own sense stay out.
        PageAssert.NotRead(page, "extra example", "collocation", "not a sense", "idiom", "loudly and badly");
    }

    [Fact]
    public void Homograph_pages_link_to_each_other_only()
    {
        // Act
        var first = Site.Parse("plonder_1.html", "plonder_1");
        var second = Site.Parse("plonder_2.html", "plonder_2");

        // Assert: plonder-room is another word.
        Assert.Equal([Site.Url("plonder_2")], first.HomographLinks);
        Assert.Equal([Site.Url("plonder_1")], second.HomographLinks);
    }

    [Fact]
    public void A_verb_page_gives_the_headwords_pronunciation_not_its_verb_forms()
    {
        // Arrange
        var expected = new Entry("plonder", 2, "verb", "/ˈplɒndə(r)/",
        [
            new Sense("to walk heavily and noisily from place to place",
                ["We could hear him plondering about in the attic.", "The cows plondered down the lane."], []),
        ]);

        // Act
        var page = Site.Parse("plonder_2.html", "plonder_2");

        // Assert
        Assert.Equal(EntryRendering.Render(expected), EntryRendering.Render(Assert.Single(page.Entries)));
        PageAssert.NotRead(page, "hidden extra example");
    }

    [Fact]
    public void A_single_sense_word_without_homographs_has_one_entry_without_a_number()
    {
        // Act
        var page = Site.Parse("wubbet.html", "wubbet");

        // Assert
        var entry = Assert.Single(page.Entries);
        Assert.Equal(("wubbet", null, "adjective", "/ˈwʌbɪt/"), (entry.Headword, entry.Homograph, entry.PartOfSpeech, entry.Pronunciation));
        var sense = Assert.Single(entry.Senses);
        Assert.Equal("(of bread or cake) soft, damp and not cooked all the way through", sense.Definition);
        Assert.Equal(["The middle of the loaf was still wubbet."], sense.Examples);
        Assert.Empty(page.HomographLinks);
    }
}
