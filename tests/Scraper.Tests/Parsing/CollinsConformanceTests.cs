using Scraper.Parsing;

namespace Scraper.Tests.Parsing;

/// <summary>The collins profile on the real saved 2019 page (../shared/dictionary-pages/collins); values read off the page.</summary>
public sealed class CollinsConformanceTests
{
    private static readonly SiteFixtures Site = new("collins");

    [Fact]
    public void How_is_the_cobuild_entry_with_seventeen_senses_and_not_the_collins_english_or_websters_boxes()
    {
        // Act
        var page = SavedPages.Parse(Site, "collins", "how.html", "how");

        // Assert
        var entry = Assert.Single(page.Entries);
        Assert.Equal(("how", "adverb, conjunction, convention, subordinating conjunction", "/haʊ/"), (entry.Headword, entry.PartOfSpeech, entry.Pronunciation));
        Assert.Equal([4, 3, 9, 5, 5, 1, 2, 2, 3, 3, 3, 2, 1, 0, 0, 0, 0], entry.Senses.Select(s => s.Examples.Count));
        // The last four numbered senses are only cross-references to phrases' entries.
        Assert.Equal(["how about", "how come/how so", "how do you mean", "how's that"], entry.Senses.Skip(13).Select(s => s.Definition));
        Assert.Equal("You use how to ask about the way in which something happens or is done.", entry.Senses[0].Definition);
        var conjunction = Assert.Single(entry.Senses[0].Subsenses);
        Assert.Equal("How is also a conjunction.", conjunction.Definition);
        Assert.Equal("I don't want to know how he died.", conjunction.Examples[0]);
        Assert.Equal(["The twins made their appearance at three o'clock. How about that? Spot on time."], entry.Senses[12].Examples);
        PageAssert.NotRead(page, "how tall is he?", "how did she sing?", "in what manner or way");
        PageAssert.CleanText(page);
    }
}
