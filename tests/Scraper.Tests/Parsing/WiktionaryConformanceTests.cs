using Scraper.Parsing;

namespace Scraper.Tests.Parsing;

/// <summary>
/// The wiktionary profile on the real saved 2020 pages (../shared/dictionary-pages/wiktionary); values read off
/// the pages. Only the English section is read, one entry per part of speech.
/// </summary>
public sealed class WiktionaryConformanceTests
{
    private static readonly SiteFixtures Site = new("wiktionary");

    [Fact]
    public void Grapple_has_a_verb_a_noun_with_sub_senses_and_a_verb_and_its_quotations_are_not_examples()
    {
        // Act
        var page = Parse("grapple.html", "grapple");

        // Assert
        Assert.Equal([("verb", 5), ("noun", 3), ("verb", 1)], page.Entries.Select(e => (e.PartOfSpeech, e.Senses.Count)));
        Assert.All(page.Entries, e => Assert.Equal(("grapple", "/ˈɡɹæp.əl/"), (e.Headword, e.Pronunciation)));
        var verb = page.Entries[0];
        Assert.Equal("(transitive) To seize something and hold it firmly.", verb.Senses[0].Definition);
        Assert.Equal(["to grapple with one's conscience"], verb.Senses[1].Examples);
        Assert.Equal([2, 0, 0], page.Entries[1].Senses.Select(s => s.Subsenses.Count));
        Assert.Equal("(nautical) A grapnel (“type of anchor”).", page.Entries[1].Senses[0].Subsenses[1].Definition);
        PageAssert.NotRead(page, "The gallies were grappled", "Grapple them to thy soul", "Bulgarian");
        PageAssert.CleanText(page);
    }

    [Fact]
    public void House_has_its_three_english_entries_and_none_of_the_other_languages()
    {
        // Act
        var page = Parse("house.html", "house");

        // Assert
        Assert.Equal([("noun", 16), ("verb", 8), ("noun", 1)], page.Entries.Select(e => (e.PartOfSpeech, e.Senses.Count)));
        var noun = page.Entries[0];
        Assert.Equal("/haʊs/", noun.Pronunciation);
        Assert.Equal("A structure built or serving as an abode of human beings. [from 9thc.]", noun.Senses[0].Definition);
        Assert.Equal(["This is my house and my family's ancestral home."], noun.Senses[0].Examples);
        Assert.Equal(["A small publishing house would have a contract with an independent fulfillment house."], noun.Senses[2].Subsenses[0].Examples);
        Assert.Equal(["The car is housed in the garage."], page.Entries[1].Senses[0].Examples);
        Assert.Equal("(music) House music.", Assert.Single(page.Entries[2].Senses).Definition);
        PageAssert.NotRead(page, "The big houses", "one that feared God", "Can we", "Lua error");
        PageAssert.CleanText(page);
    }

    [Fact]
    public void Test_has_five_english_entries_across_three_etymologies()
    {
        // Act
        var page = Parse("test.html", "test");

        // Assert
        Assert.Equal([("noun", 8), ("verb", 7), ("noun", 1), ("verb", 2), ("noun", 1)], page.Entries.Select(e => (e.PartOfSpeech, e.Senses.Count)));
        Assert.Equal("/tɛst/", page.Entries[0].Pronunciation);
        Assert.Equal("(marine biology) The external calciferous shell, or endoskeleton, of an echinoderm, e.g. sand dollars and sea urchins.",
            page.Entries[0].Senses[5].Definition);
        Assert.Equal(["He tested positive for cancer."], page.Entries[1].Senses[5].Examples);
        PageAssert.NotRead(page, "Two sea urchin tests", "Who would excel", "Template:quote-magazine");
        PageAssert.CleanText(page);
    }

    private static ParsedPage Parse(string fileName, string slug) => SavedPages.Parse(Site, "wiktionary", fileName, slug);
}
