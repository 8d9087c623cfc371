using Scraper.Parsing;

namespace Scraper.Tests.Parsing;

/// <summary>The longman profile on the real saved 2018 pages (../shared/dictionary-pages/longman); values read off the pages.</summary>
public sealed class LongmanConformanceTests
{
    private static readonly SiteFixtures Site = new("longman");

    [Fact]
    public void Love_has_both_homographs_with_every_numbered_sense_and_skips_the_grammar_box_and_the_word_of_the_day()
    {
        // Act
        var page = Parse("love.html", "love");

        // Assert
        Assert.Equal([("love", 1, "verb", "/lʌv/"), ("love", 2, "noun", null)], page.Entries.Select(e => (e.Headword, e.Homograph, e.PartOfSpeech, e.Pronunciation)));
        var verb = page.Entries[0];
        Assert.Equal([2, 4, 9, 1, 0, 0], verb.Senses.Select(s => s.Examples.Count));
        Assert.Equal(["→ I love it!", "→ somebody’s going to love something"], verb.Senses.Skip(4).Select(s => s.Definition));
        Assert.Equal("to have a strong feeling of affection for someone, combined with sexual attraction", verb.Senses[0].Definition);
        Assert.Equal(["I love you, Tracy.", "He was the only man she had ever loved."], verb.Senses[0].Examples);
        var noun = page.Entries[1];
        // Fourteen numbered senses, nine of them only a cross-reference, kept as the page shows them.
        Assert.Equal([2, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], noun.Senses.Select(s => s.Examples.Count));
        Assert.Equal([0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], noun.Senses.Select(s => s.Subsenses.Count));
        Assert.Equal("→ make love (to/with somebody)", noun.Senses[4].Definition);
        Assert.Equal("→ for the love of God", noun.Senses[13].Definition);
        Assert.Equal(9, noun.Senses.Count(s => s.Definition.StartsWith('→')));
        Assert.Equal("a strong feeling of pleasure and enjoyment that something gives you", noun.Senses[3].Subsenses[0].Definition);
        Assert.Equal(["Sailing was her great love."], noun.Senses[3].Subsenses[1].Examples);
        PageAssert.NotRead(page, "I love my children.", "She loves jazz.", "an instrument for measuring");
        PageAssert.CleanText(page);
    }

    [Fact]
    public void Profit_has_the_two_dictionary_homographs_and_not_the_business_dictionary_entries()
    {
        // Act
        var page = Parse("profit.html", "profit");

        // Assert
        Assert.Equal([(1, "noun", "/ˈprɒfɪt/", 2), (2, "verb", null, 2)], page.Entries.Select(e => (e.Homograph, e.PartOfSpeech, e.Pronunciation, e.Senses.Count)));
        // The headword, not its hyphenation ("prof‧it") beside it in the head.
        Assert.All(page.Entries, e => Assert.Equal("profit", e.Headword));
        Assert.Equal("money that you gain by selling things or doing business, after your costs have been paid", page.Entries[0].Senses[0].Definition);
        Assert.Equal(["It might profit you to learn about the company before your interview.", "There are lessons in these stories that all children can profit by."],
            page.Entries[1].Senses[0].Examples);
        PageAssert.NotRead(page, "money that you gain from selling something, or from doing business in a particular period");
        PageAssert.CleanText(page);
    }

    private static ParsedPage Parse(string fileName, string slug) => SavedPages.Parse(Site, "longman", fileName, slug);
}
