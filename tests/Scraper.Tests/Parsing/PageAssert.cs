using Scraper.Parsing;

namespace Scraper.Tests.Parsing;

/// <summary>Checks every parsed page should pass, whatever the site.</summary>
internal static class PageAssert
{
    /// <summary>No definition or example is empty, padded, or ends with the colon that leads into examples.</summary>
    public static void CleanText(ParsedPage page)
    {
        foreach (var sense in page.Entries.SelectMany(e => e.Senses))
        {
            AssertDefinition(sense.Definition, allowEmpty: sense.Subsenses.Count > 0);
            AssertTexts(sense.Examples);
            foreach (var subsense in sense.Subsenses)
            {
                AssertDefinition(subsense.Definition, allowEmpty: false);
                AssertTexts(subsense.Examples);
            }
        }
    }

    /// <summary>None of these texts (sidebar boxes, other dictionaries, quotations) was read into an entry.</summary>
    public static void NotRead(ParsedPage page, params string[] texts)
    {
        var read = page.Entries.SelectMany(e => e.Senses).SelectMany(s =>
            s.Subsenses.SelectMany(u => u.Examples.Append(u.Definition)).Concat(s.Examples).Append(s.Definition)).ToList();
        foreach (var text in texts)
        {
            Assert.DoesNotContain(read, r => r.Contains(text, StringComparison.Ordinal));
        }
    }

    private static void AssertDefinition(string definition, bool allowEmpty)
    {
        Assert.True(allowEmpty || definition.Length > 0, "A definition is empty.");
        Assert.Equal(definition.Trim(), definition);
        Assert.False(definition.EndsWith(':'), $"Definition ends with a colon: \"{definition}\"");
    }

    private static void AssertTexts(IReadOnlyList<string> examples)
    {
        foreach (var example in examples)
        {
            Assert.True(example.Length > 0 && example.Trim() == example, $"Example badly trimmed: \"{example}\"");
        }
    }
}
