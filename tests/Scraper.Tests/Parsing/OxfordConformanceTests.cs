using Scraper.Parsing;

namespace Scraper.Tests.Parsing;

/// <summary>The oxford profile on the real saved 2018 pages (../shared/dictionary-pages/oxford); values read off the pages.</summary>
public sealed class OxfordConformanceTests
{
    private static readonly SiteFixtures Site = new("oxford");

    [Fact]
    public void Love_1_is_the_noun_with_six_senses_and_links_to_love_2()
    {
        // Act
        var page = Parse("love_1.html", "love_1");

        // Assert
        var entry = Assert.Single(page.Entries);
        Assert.Equal(("love", 1, "noun", "/lʌv/"), (entry.Headword, entry.Homograph, entry.PartOfSpeech, entry.Pronunciation));
        Assert.Equal([3, 7, 3, 3, 1, 2], entry.Senses.Select(s => s.Examples.Count));
        Assert.Equal("a strong feeling of deep affection for somebody/something, especially a member of your family or a friend", entry.Senses[0].Definition);
        Assert.Equal("a score of zero (points or games)", entry.Senses[5].Definition);
        Assert.Equal([Site.Url("love_2")], page.HomographLinks);
        PageAssert.NotRead(page, "all’s fair in love and war");
        PageAssert.CleanText(page);
    }

    [Fact]
    public void Love_2_is_the_verb_without_the_synonyms_box_nor_verb_form_pronunciations()
    {
        // Act
        var page = Parse("love_2.html", "love_2");

        // Assert
        var entry = Assert.Single(page.Entries);
        Assert.Equal(("love", 2, "verb", "/lʌv/"), (entry.Headword, entry.Homograph, entry.PartOfSpeech, entry.Pronunciation));
        Assert.Equal([6, 9, 4], entry.Senses.Select(s => s.Examples.Count));
        Assert.Equal(["I love you.", "If you love each other, why not get married?"], entry.Senses[0].Examples.Take(2));
        Assert.Equal([Site.Url("love_1")], page.HomographLinks);
        PageAssert.NotRead(page, "She’s nice. I like her.", "I’ve always been very fond of your mother.");
        PageAssert.CleanText(page);
    }

    private static ParsedPage Parse(string fileName, string slug) => SavedPages.Parse(Site, "oxford", fileName, slug);
}
