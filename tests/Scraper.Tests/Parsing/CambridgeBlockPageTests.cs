using Scraper.Parsing;
using Scraper.Results;

namespace Scraper.Tests.Parsing;

/// <summary>
/// Cambridge's phrasal-verb and idiom pages (Fixtures/cambridge), whose entry is a pv-block or an idiom-block rather
/// than an entry-body__el. No such real page was saved: the shapes come from other scrapers' code.
/// </summary>
public sealed class CambridgeBlockPageTests
{
    private static readonly SiteFixtures Site = new("cambridge");

    [Fact]
    public void A_phrasal_verb_page_is_one_entry_and_its_labels_stay_out_of_the_definitions()
    {
        // Arrange
        var expected = new Entry("quindle up", null, "phrasal verb", "/ˌkwɪn.dəl ˈʌp/",
        [
            new Sense("to roll loose thread into a tidy ball", ["She quindled up the last of the red wool."], []),
            new Sense("to finish a small job quickly", [], []),
        ]);

        // Act
        var page = Site.Parse("quindle-up.html", "quindle-up");

        // Assert
        Assert.Equal(PageKind.Entry, page.Kind);
        Assert.Equal(EntryRendering.Render(expected), EntryRendering.Render(Assert.Single(page.Entries)));
        Assert.Equal([new Recording("https://dictionary.cambridge.org/media/english/uk_pron/quindle-up.mp3", "uk")], page.Entries[0].Audio);
    }

    [Fact]
    public void An_idiom_page_is_one_entry_once_though_its_block_class_is_nested()
    {
        // Arrange
        var expected = new Entry("mind your quindles", null, "idiom", null,
        [
            new Sense("to pay attention to small details, as a careful worker does",
                ["Mind your quindles and the big jobs will look after themselves."], []),
        ]);

        // Act
        var page = Site.Parse("mind-your-quindles.html", "mind-your-quindles");

        // Assert
        Assert.Equal(PageKind.Entry, page.Kind);
        Assert.Equal(EntryRendering.Render(expected), EntryRendering.Render(Assert.Single(page.Entries)));
    }
}
