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
        var elements = entry.AllIn(entry.Element, selectors.Sense);
        var outermost = new List<IElement>(elements.Count);
        foreach (var element in elements)
        {
            if (!element.IsInsideAny(outermost))
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
        var subsenseElements = entry.AllIn(element, selectors.Subsense);
        var subsenses = ReadSubsenses(subsenseElements, entry, selectors);
        var notOwn = new List<IElement>(subsenseElements.Count + entry.Excluded.Count);
        notOwn.AddRange(subsenseElements);
        notOwn.AddRange(entry.Excluded);

        // An example may sit inside the definition's own text (Merriam-Webster's): it is the sense's example, not part of the definition.
        var exampleElements = Examples(element, selectors.Example, notOwn);
        var definition = ElementText.Definition(EntryBlock.FirstOutside(element, selectors.Definition, notOwn), selectors.LeadingSeparator, [.. exampleElements, .. notOwn]);
        ownDefinition = definition.Length > 0 || subsenses.Count > 0;
        if (!ownDefinition && selectors.CrossReference is not null)
        {
            // A numbered sense that only points elsewhere ("→ make love") is still one of the page's senses.
            definition = ElementText.Of(EntryBlock.FirstOutside(element, selectors.CrossReference, notOwn), selectors.LeadingSeparator, entry.Excluded);
        }

        if (definition.Length == 0 && subsenses.Count == 0)
        {
            return null;
        }

        return new Sense(definition, Texts(exampleElements, selectors.LeadingSeparator, entry.Excluded), subsenses);
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
            var examples = Examples(element, selectors.SubsenseExample, entry.Excluded);
            var definition = ElementText.Definition(EntryBlock.FirstOutside(element, selectors.SubsenseDefinition, entry.Excluded), selectors.LeadingSeparator, [.. examples, .. entry.Excluded]);
            if (definition.Length > 0)
            {
                subsenses.Add(new Subsense(definition, Texts(examples, selectors.LeadingSeparator, entry.Excluded)));
            }
        }

        return subsenses;
    }

    /// <summary>The texts of the examples <paramref name="selector"/> finds in <paramref name="scope"/>, but not inside <paramref name="excluded"/>.</summary>
    public static List<string> ReadExamples(IElement scope, ISelector? selector, List<IElement> excluded, ISelector? separator) =>
        Texts(Examples(scope, selector, excluded), separator, excluded);

    private static List<IElement> Examples(IElement scope, ISelector? selector, List<IElement> excluded)
    {
        if (selector is null)
        {
            return [];
        }

        var elements = scope.All(selector);
        if (excluded.Count > 0)
        {
            elements.RemoveAll(e => e.IsInsideAny(excluded));
        }

        return elements;
    }

    private static List<string> Texts(List<IElement> elements, ISelector? separator, List<IElement> omitted)
    {
        var texts = new List<string>(elements.Count);
        foreach (var element in elements)
        {
            var text = ElementText.Of(element, separator, omitted);
            if (text.Length > 0)
            {
                texts.Add(text);
            }
        }

        return texts;
    }
}
