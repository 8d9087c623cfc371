using Scraper.Results;

namespace Scraper.Tests.Parsing;

/// <summary>
/// The merriam-webster profile on the real saved 2019 page (../shared/dictionary-pages/merriam-webster/wine.html,
/// MARKUP.md §9); values read off the page.
/// </summary>
public sealed class MerriamWebsterConformanceTests
{
    private static readonly SiteFixtures Site = new("merriam-webster");

    [Fact]
    public void Wine_is_two_entries_read_field_by_field_from_the_header_before_each_block()
    {
        // Arrange
        Entry[] expected =
        [
            new("wine", null, "noun", "/ˈwīn/",
            [
                new Sense("the alcoholic fermented juice of fresh grapes used as a beverage", [],
                    [new Subsense("wine or a substitute used in Christian communion services", [])]),
                new Sense("the alcoholic usually fermented juice of a plant product (such as a fruit) used as a beverage", ["blackberry wine"], []),
                new Sense("something that invigorates or intoxicates", [], []),
                new Sense("a dark red", [], []),
            ]),
            // The intransitive group, then the transitive one.
            new("wine", null, "verb", null,
            [
                new Sense("to drink wine", [], []),
                new Sense("to give wine to", ["wined and dined his friends"], []),
            ]),
        ];

        // Act
        var page = SavedPages.Parse(Site, "merriam-webster", "wine.html", "wine");

        // Assert
        Assert.Equal(string.Concat(expected.Select(EntryRendering.Render)), string.Concat(page.Entries.Select(EntryRendering.Render)));
        PageAssert.CleanText(page);
    }

    [Fact]
    public void Wine_reads_neither_the_learners_and_kids_sections_nor_the_examples_from_the_web()
    {
        // Act
        var page = SavedPages.Parse(Site, "merriam-webster", "wine.html", "wine");

        // Assert
        PageAssert.NotRead(page, "an alcoholic drink made from the juice of grapes", "an alcoholic beverage made from the fermented juice of grapes",
            "apple, blueberry", "Los Angeles Times", "Rucker continues");
    }
}
