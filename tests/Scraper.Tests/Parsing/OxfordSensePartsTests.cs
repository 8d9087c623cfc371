using Scraper.Parsing;
using Scraper.Results;

namespace Scraper.Tests.Parsing;

/// <summary>
/// Parts of an Oxford sense in the layout since about 2019 (Fixtures/oxford/glimber.html): grammar and register
/// labels, pattern text and "see also" pointers are not the definition; a numbered sense that is only a pointer is kept.
/// </summary>
public sealed class OxfordSensePartsTests
{
    private static readonly SiteFixtures Site = new("oxford");

    [Fact]
    public void Labels_patterns_and_pointers_stay_out_and_a_pointer_only_sense_keeps_its_place()
    {
        // Arrange
        var expected = new Entry("glimber", null, "noun", "/ˈɡlɪmbə(r)/",
        [
            new Sense("a small lamp whose light flickers", ["A glimber of light showed under the door."], []),
            new Sense("the weak light such a lamp gives", [], []),
            new Sense("see glimmet", [], []),
        ]);

        // Act
        var page = Site.Parse("glimber.html", "glimber");

        // Assert
        Assert.Equal(EntryRendering.Render(expected), EntryRendering.Render(Assert.Single(page.Entries)));
        PageAssert.CleanText(page);
    }
}
