using System.Text;
using Scraper.Parsing;
using Scraper.Results;

namespace Scraper.Tests.Parsing;

/// <summary>
/// Entries as one line per field, in order: compares them exactly (Assert.Equivalent ignores the order
/// of collections) and shows a readable difference when they do not match.
/// </summary>
internal static class EntryRendering
{
    public static string Render(Entry entry)
    {
        var text = new StringBuilder();
        text.Append($"{entry.Headword} | {entry.Homograph} | {entry.PartOfSpeech} | {entry.Pronunciation}\n");
        foreach (var sense in entry.Senses)
        {
            text.Append($"sense: {sense.Definition}\n");
            foreach (var example in sense.Examples)
            {
                text.Append($"  example: {example}\n");
            }

            foreach (var subsense in sense.Subsenses)
            {
                text.Append($"  subsense: {subsense.Definition}\n");
                foreach (var example in subsense.Examples)
                {
                    text.Append($"    example: {example}\n");
                }
            }
        }

        return text.ToString();
    }

    public static string Render(ParsedPage page) =>
        $"{page.Kind}\n{string.Concat(page.Entries.Select(Render))}suggestions: {string.Join(", ", page.Suggestions)}\n" +
        $"links: {string.Join(", ", page.HomographLinks)}\n";
}
