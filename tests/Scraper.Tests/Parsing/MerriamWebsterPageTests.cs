using Scraper.Parsing;
using Scraper.Results;

namespace Scraper.Tests.Parsing;

/// <summary>
/// The merriam-webster profile on pages written from other scrapers' selectors (Fixtures/merriam-webster): no real
/// merriam-webster.com page was saved, so these prove the profile reads that shape, not that the site still has it.
/// </summary>
public sealed class MerriamWebsterPageTests
{
    private static readonly SiteFixtures Site = new("merriam-webster");

    [Fact]
    public void Each_dictionary_entry_is_an_entry_with_lettered_sub_senses_and_no_examples_box()
    {
        // Arrange
        Entry[] expected =
        [
            new("quindle", null, "verb", "/ˈkwin-dᵊl/",
            [
                new Sense("to wind (thread) around a small stick", ["she quindled the wool before it could tangle"],
                    [new Subsense("to coil neatly", ["a quindled kite string"])]),
                new Sense("to delay (a decision) as long as possible", [], []),
            ]),
            new("quindle", null, "noun", null, [new Sense("a small wooden stick used for winding thread", [], [])]),
        ];

        // Act
        var page = Site.Parse("quindle.html", "quindle");

        // Assert
        Assert.Equal(string.Concat(expected.Select(EntryRendering.Render)), string.Concat(page.Entries.Select(EntryRendering.Render)));
        PageAssert.NotRead(page, "examples box", "usually used of committees");
    }
}
