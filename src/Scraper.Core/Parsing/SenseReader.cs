using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using Scraper.Results;

namespace Scraper.Parsing;

/// <summary>Reads the senses of one entry element, each with its examples and sub-senses.</summary>
internal static class SenseReader
{
    /// <summary>
    /// The entry's senses; none when not one of them has a definition or sub-senses of its own. Senses that only point
    /// elsewhere are what is left of a page whose definitions moved (the drift must be reported, not a page of pointers).
    /// </summary>
    public static List<Sense> Read(EntryBlock entry, CompiledSelectors selectors)
    {
        var elements = OutermostSenses(entry, selectors);
        var senses = new List<Sense>(elements.Count);
        var defined = false;
        foreach (var element in elements)
        {
            if (ReadSense(element, entry, selectors, out var ownDefinition) is { } sense)
            {
                senses.Add(sense);
                defined |= ownDefinition;
            }
        }

        return defined ? senses : [];
    }

    /// <summary>
    /// The entry's sense elements. A sense inside another is not a sense of its own: where the alternatives of the
    /// selector match a block and its wrapper (Merriam-Webster's .sb inside its .vg-sseq-entry-item), the outer one is.
    /// </summary>
    public static List<IElement> OutermostSenses(EntryBlock entry, CompiledSelectors selectors)
    {
        var elements = entry.AllIn(entry.Element, selectors.Sense, []);
        var outermost = new List<IElement>(elements.Count);
        foreach (var element in elements)
        {
            if (outermost.Count == 0 || !element.IsInsideAny(outermost))
            {
                outermost.Add(element);
            }
        }

        return outermost;
    }

    private static Sense? ReadSense(IElement element, EntryBlock entry, CompiledSelectors selectors, out bool ownDefinition)
    {
        // Sub-sense blocks are found first so that their definitions and examples are never taken
        // for the sense's own, whatever the profile's selectors happen to reach.
        var subsenseElements = entry.AllIn(element, selectors.Subsense, []);
        var subsenses = ReadSubsenses(subsenseElements, entry, selectors);

        // An example may sit inside the definition's own text (Merriam-Webster's): it is the sense's example, not part of the definition.
        var exampleElements = entry.AllIn(element, selectors.Example, subsenseElements);
        var definitionElement = entry.FirstIn(element, selectors.Definition, subsenseElements);
        var definition = ElementText.Definition(entry.Text(definitionElement, selectors.LeadingSeparator, Omitted(definitionElement, exampleElements, subsenseElements)));
        ownDefinition = definition.Length > 0 || subsenses.Count > 0;
        if (!ownDefinition && selectors.CrossReference is not null)
        {
            // A numbered sense that only points elsewhere ("→ make love") is still one of the page's senses.
            definition = entry.Text(entry.FirstIn(element, selectors.CrossReference, subsenseElements), selectors.LeadingSeparator);
        }

        if (definition.Length == 0 && subsenses.Count == 0)
        {
            return null;
        }

        return new Sense(definition, Texts(exampleElements, selectors.LeadingSeparator, entry), subsenses);
    }

    private static List<Subsense> ReadSubsenses(List<IElement> elements, EntryBlock entry, CompiledSelectors selectors)
    {
        var subsenses = new List<Subsense>(elements.Count);
        if (selectors.SubsenseDefinition is null)
        {
            return subsenses;
        }

        foreach (var element in elements)
        {
            var examples = entry.AllIn(element, selectors.SubsenseExample, []);
            var definitionElement = entry.FirstIn(element, selectors.SubsenseDefinition, []);
            var definition = ElementText.Definition(entry.Text(definitionElement, selectors.LeadingSeparator, Omitted(definitionElement, examples, [])));
            if (definition.Length > 0)
            {
                subsenses.Add(new Subsense(definition, Texts(examples, selectors.LeadingSeparator, entry)));
            }
        }

        return subsenses;
    }

    /// <summary>The texts of the examples <paramref name="selector"/> finds in <paramref name="scope"/>, but not inside <paramref name="excluded"/>.</summary>
    public static List<string> ReadExamples(IElement scope, ISelector? selector, List<IElement> excluded, ISelector? separator)
    {
        if (selector is null)
        {
            return [];
        }

        var texts = new List<string>();
        foreach (var element in scope.All(selector))
        {
            var text = excluded.Count > 0 && element.IsInsideAny(excluded) ? "" : ElementText.Of(element, separator);
            if (text.Length > 0)
            {
                texts.Add(text);
            }
        }

        return texts;
    }

    // What sits inside a definition but is not its text: its examples and sub-senses. Usually nothing: no list then.
    private static List<IElement> Omitted(IElement? definition, List<IElement> examples, List<IElement> subsenses)
    {
        var omitted = new List<IElement>();
        if (definition is null)
        {
            return omitted;
        }

        foreach (var part in examples.Concat(subsenses))
        {
            if (definition.Contains(part))
            {
                omitted.Add(part);
            }
        }

        return omitted;
    }

    private static List<string> Texts(List<IElement> elements, ISelector? separator, EntryBlock entry)
    {
        var texts = new List<string>(elements.Count);
        foreach (var element in elements)
        {
            var text = entry.Text(element, separator);
            if (text.Length > 0)
            {
                texts.Add(text);
            }
        }

        return texts;
    }
}
