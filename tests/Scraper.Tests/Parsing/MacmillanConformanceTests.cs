using Scraper.Parsing;
using Scraper.Results;
using Scraper.Sites;

namespace Scraper.Tests.Parsing;

/// <summary>
/// The macmillan-uk profile against the real saved pages beside the repository (shared/dictionary-pages),
/// which are third-party content and stay out of it. The counts were read off the pages' markup.
/// </summary>
public sealed class MacmillanConformanceTests
{
    private static readonly PageParser Parser = new(SiteCatalog.Find("macmillan-uk")!);

    [Fact]
    public void Love_is_the_first_homograph_a_verb_with_three_senses()
    {
        // Act
        var page = Parse("love.html", "love");

        // Assert
        Assert.Equal(PageKind.Entry, page.Kind);
        var entry = Assert.Single(page.Entries);
        Assert.Equal(("love", 1, "verb", "/lʌv/"), (entry.Headword, entry.Homograph, entry.PartOfSpeech, entry.Pronunciation));
        Assert.Equal([2, 2, 7], entry.Senses.Select(s => s.Examples.Count));
        Assert.Equal([0, 1, 0], entry.Senses.Select(s => s.Subsenses.Count));
        Assert.Equal([2], SubsenseExampleCounts(entry));
        AssertCleanText(entry);
        Assert.Equal([Url("love_2")], page.HomographLinks);
    }

    [Fact]
    public void Love_2_is_the_second_homograph_a_noun_with_seven_senses()
    {
        // Act
        var page = Parse("love_2.html", "love_2");

        // Assert
        Assert.Equal(PageKind.Entry, page.Kind);
        var entry = Assert.Single(page.Entries);
        Assert.Equal(("love", 2, "noun", "/lʌv/"), (entry.Headword, entry.Homograph, entry.PartOfSpeech, entry.Pronunciation));
        Assert.Equal([9, 2, 2, 1, 3, 2, 1], entry.Senses.Select(s => s.Examples.Count));
        Assert.Equal([0, 1, 1, 0, 0, 1, 0], entry.Senses.Select(s => s.Subsenses.Count));
        Assert.Equal([2, 1, 1], SubsenseExampleCounts(entry));
        AssertCleanText(entry);
        Assert.Equal([Url("love_1")], page.HomographLinks);
    }

    [Fact]
    public void Jumblish_is_not_found_with_ten_suggestions()
    {
        // Act
        var page = Parse("jumblish-notfound.html", "jumblish");

        // Assert
        Assert.Equal(PageKind.NotFound, page.Kind);
        Assert.Equal(10, page.Suggestions.Count);
        Assert.Equal("jumbles", page.Suggestions[0]);
        Assert.Empty(page.Entries);
    }

    private static ParsedPage Parse(string fileName, string slug) => Parser.ParseFile(SavedPages.PathOf("macmillan-uk", fileName), Url(slug));

    private static Uri Url(string slug) => new("https://www.macmillandictionary.com/dictionary/british/" + slug);

    private static IEnumerable<int> SubsenseExampleCounts(Entry entry) =>
        entry.Senses.SelectMany(s => s.Subsenses).Select(s => s.Examples.Count);

    private static void AssertCleanText(Entry entry)
    {
        foreach (var sense in entry.Senses)
        {
            AssertStartsWithLetter(sense.Definition);
            AssertNotFurniture(sense.Examples);
            foreach (var subsense in sense.Subsenses)
            {
                AssertStartsWithLetter(subsense.Definition);
                AssertNotFurniture(subsense.Examples);
            }
        }
    }

    // No whitespace and no separator (" ", ": ", " [") may open a definition.
    private static void AssertStartsWithLetter(string definition) =>
        Assert.True(definition.Length > 0 && char.IsLetter(definition[0]), $"Definition starts badly: \"{definition}\"");

    private static void AssertNotFurniture(IReadOnlyList<string> examples)
    {
        foreach (var example in examples)
        {
            Assert.True(example.Length > 0 && !char.IsWhiteSpace(example[0]), $"Example starts badly: \"{example}\"");
            Assert.DoesNotContain("Synonyms and related words", example, StringComparison.Ordinal);
            Assert.DoesNotContain("Collocates", example, StringComparison.Ordinal);
            Assert.DoesNotContain("Explore Thesaurus", example, StringComparison.Ordinal);
        }
    }
}
