using Scraper.Parsing;
using Scraper.Results;

namespace Scraper.Tests.Parsing;

/// <summary>The longman profile on pages written in Longman's markup (Fixtures/longman).</summary>
public sealed class LongmanPageTests
{
    private static readonly SiteFixtures Site = new("longman");

    [Fact]
    public void Both_homographs_on_the_page_are_entries_with_sub_senses_and_nothing_from_boxes_or_other_dictionaries()
    {
        // Arrange
        Entry[] expected =
        [
            new("quindle", 1, "verb", "/ˈkwɪndl/",
            [
                new Sense("to wind thread around a small stick",
                    ["She quindled the wool before it could tangle.", "He quindled up the kite string."], []),
                new Sense("", [],
                [
                    new Subsense("to delay a decision for as long as possible", ["The council quindled for weeks."]),
                    new Subsense("to waste time on small tasks", ["We quindled the afternoon away."]),
                ]),
            ]),
            new("quindle", 2, "noun", null, [new Sense("a small wooden stick used for winding thread", ["Her quindles were kept in a tin."], [])]),
        ];

        // Act
        var page = Site.Parse("quindle.html", "quindle");

        // Assert
        Assert.Equal(PageKind.Entry, page.Kind);
        Assert.Equal(string.Concat(expected.Select(EntryRendering.Render)), string.Concat(page.Entries.Select(EntryRendering.Render)));
        PageAssert.NotRead(page, "grammar box", "etymology", "business sense", "corpus", "round stone");
    }
}
