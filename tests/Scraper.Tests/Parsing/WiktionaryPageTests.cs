using Scraper.Parsing;
using Scraper.Results;

namespace Scraper.Tests.Parsing;

/// <summary>The wiktionary profile (the WikiSections reader) on pages written in Wiktionary's markup (Fixtures/wiktionary).</summary>
public sealed class WiktionaryPageTests
{
    private static readonly SiteFixtures Site = new("wiktionary");

    [Fact]
    public void The_english_section_gives_one_entry_per_part_of_speech_with_usage_examples_and_no_quotations()
    {
        // Arrange
        Entry[] expected =
        [
            new("quindle", null, "noun", "/ˈkwɪn.dəl/",
            [
                new Sense("A small wooden stick used for winding thread.", ["Her quindles were kept in a tin."], []),
                new Sense("(countable) A delay", [],
                [
                    new Subsense("(informal) A delay before a decision.", ["After a week of quindle, they agreed."]),
                    new Subsense("A wasted afternoon.", []),
                ]),
                new Sense("(obsolete) A spool.", [], []),
            ]),
            new("quindle", null, "verb", "/ˈkwɪn.dəl/",
                [new Sense("(transitive) To wind thread around a small stick.", ["She quindled the wool before it could tangle."], [])]),
            new("quindle", null, "interjection", "/ˈkwɪn.dəl/", [new Sense("Expressing mild surprise.", [], [])]),
        ];

        // Act
        var page = Site.Parse("quindle.html", "quindle");

        // Assert
        Assert.Equal(PageKind.Entry, page.Kind);
        Assert.Equal(string.Concat(expected.Select(EntryRendering.Render)), string.Concat(page.Entries.Select(EntryRendering.Render)));
        PageAssert.NotRead(page, "quotation", "picture caption", "Synonym", "Dutch", "klossen");
    }

    [Fact]
    public void The_heading_markup_since_2023_reads_the_same()
    {
        // Arrange
        var expected = new Entry("quindle", null, "noun", "/ˈkwɪn.dəl/",
            [new Sense("A small wooden stick used for winding thread.", ["Her quindles were kept in a tin."], [])]);

        // Act
        var page = Site.Parse("quindle-2024.html", "quindle");

        // Assert
        Assert.Equal(EntryRendering.Render(expected), EntryRendering.Render(Assert.Single(page.Entries)));
    }

    [Fact]
    public void Sections_wrapped_in_section_elements_read_the_same_as_flat_ones()
    {
        // Arrange: two etymologies, the pronunciation inside the first; labels, links and italics in the definitions.
        Entry[] expected =
        [
            new("quindle", null, "noun", "/ˈkwɪn.dəl/",
            [
                new Sense("(countable) A small wooden stick used for winding thread.", ["Her quindles were kept in a tin."],
                    [new Subsense("A spool of such sticks.", [])]),
                new Sense("Alternative form of quintle", [], []),
            ]),
            new("quindle", null, "verb", "/ˈkwɪn.dəl/", [new Sense("(transitive) To wind thread around a small stick.", [], [])]),
        ];

        // Act
        var page = Site.Parse("quindle-sections.html", "quindle");

        // Assert
        Assert.Equal(PageKind.Entry, page.Kind);
        Assert.Equal(string.Concat(expected.Select(EntryRendering.Render)), string.Concat(page.Entries.Select(EntryRendering.Render)));
        PageAssert.NotRead(page, "Dutch", "invented root");
    }
}
