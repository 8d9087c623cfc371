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
                new Sense("→ quindle your time", [], []),
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

    [Fact]
    public void An_entry_with_two_parts_of_speech_reports_both_and_keeps_its_cross_reference_sense()
    {
        // Arrange: sense 2 is only "→ give somebody a yoohay"; sense 1's thesaurus pointer is not its definition.
        var expected = new Entry("yoohay", null, "interjection, noun", "/juːˈheɪ/",
        [
            new Sense("a shout used to get the attention of someone far away", ["Yoohay! We're over here by the gate!"], []),
            new Sense("→ give somebody a yoohay", [], []),
            new Sense("a loud call of that kind", ["We heard a faint yoohay from the hill."], []),
        ]);

        // Act
        var page = Site.Parse("yoohay.html", "yoohay");

        // Assert
        Assert.Equal(EntryRendering.Render(expected), EntryRendering.Render(Assert.Single(page.Entries)));
        PageAssert.NotRead(page, "tail cross-reference", "see thesaurus");
    }
}
