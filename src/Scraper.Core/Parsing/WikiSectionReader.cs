using System.Text;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using Scraper.Results;

namespace Scraper.Parsing;

/// <summary>
/// Reads Wiktionary's flat English section: its headings, headword lines and sense lists are siblings, so
/// no selector can group them. Every section of the English section that has a headword line and a list
/// of senses is one entry, its heading the part of speech ("Noun"); usage examples are the sense's own
/// <c>dl &gt; dd</c>, and quotations (in a nested <c>ul</c>) are not examples.
/// </summary>
internal static class WikiSectionReader
{
    private const string Language = "English";

    public static List<Entry> Read(IDocument document, CompiledSelectors selectors)
    {
        var entries = new List<Entry>();
        var content = document.First(selectors.Entry);
        if (content is null)
        {
            return entries;
        }

        var children = Flattened(content);

        var start = LanguageStart(children);
        string? pronunciation = null;
        for (var i = start; i < children.Count;)
        {
            var heading = WikiHeading.Of(children[i]);
            var end = NextHeading(children, i + 1);
            if (heading is { Level: <= 2 })
            {
                break;
            }

            if (heading is { } section)
            {
                if (ReadSection(children, i + 1, end, section.Text, pronunciation, selectors) is { } entry)
                {
                    entries.Add(entry);
                }
                else
                {
                    pronunciation = FirstText(children, i + 1, end, selectors.Pronunciation, selectors) ?? pronunciation;
                }
            }

            i = end;
        }

        return entries;
    }

    // MediaWiki's Parsoid and mobile views wrap each section, nested by level, in a <section> element: its contents
    // are read in place, so that headings and their lists are siblings as in the flat page. (A guess at what the site
    // may serve: no saved page has them.)
    private static List<IElement> Flattened(IElement content)
    {
        var elements = new List<IElement>();
        foreach (var child in content.Children)
        {
            if (child.LocalName == "section")
            {
                elements.AddRange(Flattened(child));
            }
            else
            {
                elements.Add(child);
            }
        }

        return elements;
    }

    // The index after the English h2, or past the end when the page has none.
    private static int LanguageStart(List<IElement> children)
    {
        for (var i = 0; i < children.Count; i++)
        {
            if (WikiHeading.Of(children[i]) is { Level: 2 } heading && heading.Text == Language)
            {
                return i + 1;
            }
        }

        return children.Count;
    }

    private static int NextHeading(List<IElement> children, int from)
    {
        var i = from;
        while (i < children.Count && WikiHeading.Of(children[i]) is null)
        {
            i++;
        }

        return i;
    }

    private static Entry? ReadSection(
        List<IElement> children, int start, int end, string heading, string? pronunciation, CompiledSelectors selectors)
    {
        var headword = FirstText(children, start, end, selectors.Headword, selectors);
        var list = FirstList(children, start, end);
        if (headword is null || list is null)
        {
            return null;
        }

        var senses = new List<Sense>();
        foreach (var item in list.All(selectors.Sense))
        {
            var subsenses = ReadSubsenses(item, selectors);
            var definition = OwnText(item, selectors);
            if (definition.Length > 0 || subsenses.Count > 0)
            {
                senses.Add(new Sense(definition, SenseReader.ReadExamples(item, selectors.Example, [], selectors.LeadingSeparator), subsenses));
            }
        }

        return senses.Count == 0 ? null : new Entry(headword, null, heading.ToLowerInvariant(), Pronunciation.Normalize(pronunciation), senses);
    }

    private static List<Subsense> ReadSubsenses(IElement sense, CompiledSelectors selectors)
    {
        var subsenses = new List<Subsense>();
        if (selectors.Subsense is null)
        {
            return subsenses;
        }

        foreach (var item in sense.All(selectors.Subsense))
        {
            var definition = OwnText(item, selectors);
            if (definition.Length > 0)
            {
                subsenses.Add(new Subsense(definition, SenseReader.ReadExamples(item, selectors.SubsenseExample, [], selectors.LeadingSeparator)));
            }
        }

        return subsenses;
    }

    // A sense's definition is its own text: what the Definition selector names (nested lists, pictures) is left out.
    private static string OwnText(IElement item, CompiledSelectors selectors)
    {
        var text = new StringBuilder();
        foreach (var node in item.ChildNodes)
        {
            if (node is IElement element && selectors.Definition.Match(element, item))
            {
                continue;
            }

            text.Append(node.TextContent);
        }

        return ElementText.WithoutClosingColon(CleanText.Of(text.ToString()));
    }

    private static string? FirstText(
        List<IElement> children, int start, int end, ISelector? selector, CompiledSelectors selectors)
    {
        if (selector is null)
        {
            return null;
        }

        for (var i = start; i < end; i++)
        {
            var text = ElementText.Of(children[i].First(selector), selectors.LeadingSeparator);
            if (text.Length > 0)
            {
                return text;
            }
        }

        return null;
    }

    private static IElement? FirstList(List<IElement> children, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (children[i].LocalName == "ol")
            {
                return children[i];
            }
        }

        return null;
    }
}
