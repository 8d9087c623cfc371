using Scraper.Parsing;
using Scraper.Results;

namespace Scraper.Tests.Parsing;

/// <summary>
/// Collins's layout since about 2021 (Fixtures/collins/zorple.html): the COBUILD dictionary without the
/// content-box-definition box, one dictentry per entry. No real page of it was saved; the shape comes from other
/// scrapers' code. The same profile reads the 2019 page (CollinsConformanceTests).
/// </summary>
public sealed class CollinsLaterLayoutTests
{
    private static readonly SiteFixtures Site = new("collins");

    [Fact]
    public void Each_cobuild_entry_is_read_with_its_labels_out_of_the_definitions_and_nothing_from_other_dictionaries()
    {
        // Arrange: the second entry has no pronunciation of its own, and a sense may have no example.
        Entry[] expected =
        [
            new("zorple", null, "countable noun, uncountable noun", "/zɔːpəl/",
            [
                new Sense("A zorple is a small round bread roll.", ["He ate three zorples with his soup."], []),
                new Sense("Zorple is the soft dough such rolls are made of.", [], []),
            ]),
            new("zorple", null, "verb", null,
                [new Sense("If you zorple dough, you roll it into small balls.", ["Zorple the dough and leave it to rise."], [])]),
        ];

        // Act
        var page = Site.Parse("zorple.html", "zorple");

        // Assert
        Assert.Equal(PageKind.Entry, page.Kind);
        Assert.Equal(string.Concat(expected.Select(EntryRendering.Render)), string.Concat(page.Entries.Select(EntryRendering.Render)));
        Assert.Equal([new Recording("https://www.collinsdictionary.com/sounds/z/zorple.mp3", null)], page.Entries[0].Audio);
        PageAssert.NotRead(page, "British sense", "informal");
    }
}
