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

    [Fact]
    public void A_run_on_word_inside_an_entry_adds_neither_its_part_of_speech_nor_its_recording()
    {
        // Arrange: a derived word at the end of the entry, with its own pos-header, as make.html's American entry has.
        var html = Site.Read("quindle.html").Replace(
            "<div class=\"smartt daccord\">",
            "<div class=\"pr runon drunon\"><span class=\"runon-head drunon-head\"><h3 class=\"runon-title drunon-title\"><span class=\"w dw\">quindlingly</span></h3> "
            + "<div class=\"pos-header dpos-h\"><span class=\"pos dpos\">adverb</span> <span class=\"uk dpron-i \"><span class=\"region dreg\">uk</span><span class=\"daud\">"
            + "<audio class=\"hdn\"><source type=\"audio/mpeg\" src=\"/media/uk/quindlingly.mp3\"/></audio></span><span class=\"pron dpron\">/<span class=\"ipa dipa\">ˈkwɪnd.lɪŋ.li</span>/</span></span></div></span>"
            + "<div class=\"runon-body drunon-body\"><div class=\"examp dexamp\"><span class=\"eg deg\">a run-on example</span></div></div></div><div class=\"smartt daccord\">",
            StringComparison.Ordinal);

        // Act
        var page = Site.Parser.ParseHtml(html, Site.Url("quindle"));

        // Assert
        var entry = page.Entries[0];
        Assert.Equal(("verb, noun", "/ˈkwɪn.dəl/"), (entry.PartOfSpeech, entry.Pronunciation));
        Assert.DoesNotContain(entry.Audio, r => r.Url.Contains("quindlingly", StringComparison.Ordinal));
        PageAssert.NotRead(page, "a run-on example");
    }
}
