using Scraper.Parsing;
using Scraper.Results;

namespace Scraper.Tests.Parsing;

/// <summary>The cambridge profile on pages written in Cambridge's markup (Fixtures/cambridge).</summary>
public sealed class CambridgePageTests
{
    private static readonly SiteFixtures Site = new("cambridge");

    [Fact]
    public void The_first_dictionary_gives_one_entry_per_part_of_speech_with_phrase_senses_and_no_accordion_examples()
    {
        // Arrange
        Entry[] expected =
        [
            new("quindle", null, "verb, noun", "/ˈkwɪn.dəl/",
            [
                new Sense("to wind thread around a small stick so that it does not tangle",
                    ["She quindled up the loose ends before packing the basket.", "Grandad taught us to quindle (= wind neatly) the kite string."], []),
                new Sense("to delay a decision for as long as possible", ["The committee quindled for a month and then said no."], []),
                new Sense("to waste time on small tasks", ["We quindled the whole afternoon away."], []),
            ]),
            new("quindle", null, "noun", "/kwɪnˈdel/", [new Sense("a small wooden stick used for winding thread", [], [])]),
        ];

        // Act
        var page = Site.Parse("quindle.html", "quindle");

        // Assert
        Assert.Equal(PageKind.Entry, page.Kind);
        Assert.Equal(string.Concat(expected.Select(EntryRendering.Render)), string.Concat(page.Entries.Select(EntryRendering.Render)));
        PageAssert.NotRead(page, "accordion", "thesaurus", "American", "Nobody should see", "corpus");
        Assert.Empty(page.HomographLinks);
    }
}
