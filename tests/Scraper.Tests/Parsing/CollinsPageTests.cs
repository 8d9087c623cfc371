using Scraper.Parsing;
using Scraper.Results;

namespace Scraper.Tests.Parsing;

/// <summary>The collins profile on a page written in Collins' markup (Fixtures/collins).</summary>
public sealed class CollinsPageTests
{
    private static readonly SiteFixtures Site = new("collins");

    [Fact]
    public void The_cobuild_box_is_the_entry_and_a_second_sense_block_is_a_sub_sense()
    {
        // Arrange
        var expected = new Entry("quindle", null, "verb, phrasal verb", "/kwɪndəl/",
        [
            new Sense("If you quindle thread, you wind it around a small stick.",
                ["She quindled the wool before it could tangle.", "He quindled up the kite string."],
                [new Subsense("Quindle is also a noun.", ["Her quindles were kept in a tin."])]),
            new Sense("If people quindle, they delay a decision for as long as they can.", ["The council quindled for weeks."], []),
            new Sense("If you quindle away time, you waste it on small tasks.", [], []),
            new Sense("quindle stick", [], []),
        ]);

        // Act
        var page = Site.Parse("quindle.html", "quindle");

        // Assert
        Assert.Equal(EntryRendering.Render(expected), EntryRendering.Render(Assert.Single(page.Entries)));
        PageAssert.NotRead(page, "British dictionary example", "to coil thread", "American sense");
    }
}
