using Scraper.Parsing;
using Scraper.Results;

namespace Scraper.Tests.Parsing;

/// <summary>
/// Longman's phrasal-verb page (Fixtures/longman/quindle-up.html), whose entry is a PhrVbEntry: written from other
/// scrapers' code, no such real page was saved. Inside a verb's own entry, its phrasal verbs stay out of its senses.
/// </summary>
public sealed class LongmanPhrasalVerbTests
{
    private static readonly SiteFixtures Site = new("longman");

    [Fact]
    public void A_phrasal_verb_page_is_its_entry_with_the_register_label_out_of_the_definition()
    {
        // Arrange
        var expected = new Entry("quindle up", null, null, null,
        [
            new Sense("to roll thread into a ball", ["She quindled up the red wool."], []),
            new Sense("to finish a small job quickly", [], []),
        ]);

        // Act
        var page = Site.Parse("quindle-up.html", "quindle-up");

        // Assert
        Assert.Equal(PageKind.Entry, page.Kind);
        Assert.Equal(EntryRendering.Render(expected), EntryRendering.Render(Assert.Single(page.Entries)));
        Assert.Equal([new Recording("https://www.ldoceonline.com/media/english/breProns/quindle-up.mp3", "uk")], page.Entries[0].Audio);
    }

    [Fact]
    public void A_phrasal_verb_inside_the_verbs_entry_is_neither_a_second_entry_nor_its_senses_part_of_speech_or_recording()
    {
        // Arrange: the verb's entry holds its phrasal verb, as the verb pages do.
        var html = Site.Read("quindle.html").Replace(
            "<span class=\"Tail\">",
            "<span class=\"PhrVbEntry\"><span class=\"Head\"><span class=\"PHRVBHWD\">quindle off</span><span class=\"POS\"> phrasal verb</span>"
            + "<span class=\"speaker brefile\" data-src-mp3=\"/media/quindle-off.mp3\"> </span></span><span class=\"Sense\"><span class=\"DEF\"> a phrasal verb sense</span></span></span><span class=\"Tail\">",
            StringComparison.Ordinal);

        // Act
        var page = Site.Parser.ParseHtml(html, Site.Url("quindle"));

        // Assert
        Assert.Equal([("quindle", "verb", 3, 2), ("quindle", "noun", 1, 0)], page.Entries.Select(e => (e.Headword, e.PartOfSpeech, e.Senses.Count, e.Audio.Count)));
        PageAssert.NotRead(page, "a phrasal verb sense");
    }
}
