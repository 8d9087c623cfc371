using Scraper.Parsing;

namespace Scraper.Tests.Parsing;

/// <summary>
/// The cambridge profile on the real saved pages (../shared/dictionary-pages/cambridge); the expected values
/// were read off the pages. Only the first dictionary of a page (Cambridge English) is read.
/// </summary>
public sealed class CambridgeConformanceTests
{
    private static readonly SiteFixtures Site = new("cambridge");

    [Fact]
    public void Apple_is_one_noun_with_its_four_examples_and_not_the_more_examples_accordion_nor_the_american_entry()
    {
        // Act
        var page = Parse("apple.html", "apple");

        // Assert
        var entry = Assert.Single(page.Entries);
        Assert.Equal(("apple", "noun", "/ˈæp.əl/"), (entry.Headword, entry.PartOfSpeech, entry.Pronunciation));
        var sense = Assert.Single(entry.Senses);
        Assert.Equal("a round fruit with firm, white flesh and a green, red, or yellow skin", sense.Definition);
        Assert.Equal(["to peel an apple", "apple pie", "an apple tree", "apple sauce"], sense.Examples);
        PageAssert.NotRead(page, "munching", "a round, edible fruit");
        PageAssert.CleanText(page);
    }

    [Fact]
    public void Make_is_the_verb_and_the_noun_of_the_first_dictionary_with_its_phrase_senses()
    {
        // Act
        var page = Parse("make.html", "make");

        // Assert
        Assert.Equal([("make", "verb", 17), ("make", "noun", 1)], page.Entries.Select(e => (e.Headword, e.PartOfSpeech, e.Senses.Count)));
        var verb = page.Entries[0];
        Assert.Equal("/meɪk/", verb.Pronunciation);
        Assert.Equal("to produce something, often using a particular substance or material", verb.Senses[0].Definition);
        Assert.Equal("Do you want me to make some coffee?", verb.Senses[0].Examples[0]);
        Assert.Equal([10, 3, 6, 8, 5, 2, 1, 15, 0, 1, 3, 3, 4, 3, 1, 2, 1], verb.Senses.Select(s => s.Examples.Count));
        Assert.Contains(verb.Senses, s => s.Definition == "to take action so that you are certain that something happens, is true, etc.");
        Assert.Equal(["What make is your laptop?"], page.Entries[1].Senses[0].Examples);
        PageAssert.NotRead(page, "Could you make a copy of this report", "Can I make you a cup of coffee?", "to produce or prepare goods");
        PageAssert.CleanText(page);
    }

    [Fact]
    public void The_hello_fragment_without_a_head_parses_as_one_entry_with_its_parts_of_speech_joined()
    {
        // Act: the 2024 entry block alone, as another scraper saved it.
        var page = Parse("hello-entry-fragment.html", "hello");

        // Assert
        var entry = Assert.Single(page.Entries);
        Assert.Equal(("hello", "exclamation, noun", "/heˈləʊ/"), (entry.Headword, entry.PartOfSpeech, entry.Pronunciation));
        Assert.Equal([4, 1, 1, 1, 1], entry.Senses.Select(s => s.Examples.Count));
        Assert.Equal("used when meeting or greeting someone", entry.Senses[0].Definition);
        PageAssert.CleanText(page);
    }

    [Fact]
    public void The_present_fragment_reads_both_entry_bodies_of_the_dictionary()
    {
        // Act: noun and adjective share one pronunciation block, the verb has its own.
        var page = Parse("present-entry-fragment.html", "present");

        // Assert
        Assert.Equal(
            [("noun", "/ˈprez.ənt/", 4), ("adjective", "/ˈprez.ənt/", 2), ("verb", "/prɪˈzent/", 8)],
            page.Entries.Select(e => (e.PartOfSpeech, e.Pronunciation, e.Senses.Count)));
        Assert.Equal("to give, provide, or make something known", page.Entries[2].Senses[0].Definition);
        PageAssert.CleanText(page);
    }

    [Fact]
    public void The_english_chinese_page_has_the_same_markup_and_its_translations_are_not_read()
    {
        // Act
        var page = Parse("love-english-chinese-simplified.html", "love");

        // Assert
        Assert.Equal([("verb", 3), ("noun", 9)], page.Entries.Select(e => (e.PartOfSpeech, e.Senses.Count)));
        Assert.Equal(["I love you.", "Last night he told me he loved me.", "I've only ever loved one man.", "I'm sure he loves his kids."],
            page.Entries[0].Senses[0].Examples);
        var texts = page.Entries.SelectMany(e => e.Senses).SelectMany(s => s.Examples.Append(s.Definition));
        Assert.DoesNotContain(texts, t => t.Any(c => c is >= '\u4E00' and <= '\u9FFF'));
    }

    private static ParsedPage Parse(string fileName, string slug) => SavedPages.Parse(Site, "cambridge", fileName, slug);
}
