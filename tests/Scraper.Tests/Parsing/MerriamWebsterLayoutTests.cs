using Scraper.Results;

namespace Scraper.Tests.Parsing;

/// <summary>
/// The merriam-webster profile on invented pages in the site's two layouts, each with wrappers around its fields:
/// the 2019 one of the saved page (MARKUP.md §9) and the later one known from other scrapers' code.
/// </summary>
public sealed class MerriamWebsterLayoutTests
{
    private static readonly SiteFixtures Site = new("merriam-webster");

    [Fact]
    public void The_2019_layout_reads_each_header_before_its_block_and_keeps_examples_out_of_definitions()
    {
        // Arrange
        Entry[] expected =
        [
            new("glimmet", null, "noun", "/ˈgli-mət/",
            [
                new Sense("a small lamp that burns fish oil", [], [new Subsense("the light given by such a lamp", ["read by the glimmet"])]),
                new Sense("a faint and wavering gleam", ["a glimmet on the marsh at dusk", "only the glimmet of an idea"], []),
                // Sub-numbered: 3 a (1) is the sense's own, (2) and b its sub-senses.
                new Sense("a person who stays awake to keep a lamp lit", [],
                    [new Subsense("a night watchman", []), new Subsense("anyone who is awake late", [])]),
            ]),
            new("glimmet", null, "verb", null,
            [
                new Sense("to shine faintly", [], []),
                new Sense("to light (a lamp) with care", ["she glimmeted the lantern before dark"], []),
            ]),
        ];

        // Act
        var page = Site.Parse("glimmet-2019.html", "glimmet");

        // Assert
        Assert.Equal(string.Concat(expected.Select(EntryRendering.Render)), string.Concat(page.Entries.Select(EntryRendering.Render)));
        PageAssert.NotRead(page, "Ada Quill", "Tobias Wren", "not a sense example", "not an entry here", "transitive");
    }

    [Fact]
    public void The_later_layout_reads_through_wrappers_and_leaves_attributions_and_usage_notes_out()
    {
        // Arrange
        Entry[] expected =
        [
            new("sprindle", null, "noun", "/ˈsprin-dᵊl/",
            [
                new Sense("a thin rod for turning yarn", ["she spun the sprindle by hand"], [new Subsense("any thin turning rod", ["the clock's sprindle had worn smooth"])]),
                new Sense("a tall thin person", ["a sprindle of a boy"], []),
            ]),
            new("sprindle", null, "verb", null, [new Sense("to wind on a rod", [], [])]),
        ];

        // Act
        var page = Site.Parse("sprindle-wrapped.html", "sprindle");

        // Assert
        Assert.Equal(string.Concat(expected.Select(EntryRendering.Render)), string.Concat(page.Entries.Select(EntryRendering.Render)));
        PageAssert.NotRead(page, "Mirabel Thorn", "usually used humorously", "not a sense example");
    }
}
