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
    public static List<Sense> Read(IElement entry, CompiledSelectors selectors)
    {
        var elements = entry.All(selectors.Sense);
        var senses = new List<Sense>(elements.Count);
        var defined = false;
        foreach (var element in elements)
        {
            if (ReadSense(element, selectors, out var ownDefinition) is { } sense)
            {
                senses.Add(sense);
                defined |= ownDefinition;
            }
        }

        return defined ? senses : [];
    }

    private static Sense? ReadSense(IElement element, CompiledSelectors selectors, out bool ownDefinition)
    {
        // Sub-sense blocks are found first so that their definitions and examples are never taken
        // for the sense's own, whatever the profile's selectors happen to reach.
        var subsenseElements = selectors.Subsense is null ? [] : element.All(selectors.Subsense);
        var subsenses = ReadSubsenses(subsenseElements, selectors);

        var definition = ElementText.Definition(FirstOutside(element, selectors.Definition, subsenseElements), selectors.LeadingSeparator);
        ownDefinition = definition.Length > 0 || subsenses.Count > 0;
        if (!ownDefinition && selectors.CrossReference is not null)
        {
            // A numbered sense that only points elsewhere ("→ make love") is still one of the page's senses.
            definition = ElementText.Of(element.First(selectors.CrossReference), selectors.LeadingSeparator);
        }

        if (definition.Length == 0 && subsenses.Count == 0)
        {
            return null;
        }

        var examples = ReadExamples(element, selectors.Example, subsenseElements, selectors.LeadingSeparator);
        return new Sense(definition, examples, subsenses);
    }

    private static List<Subsense> ReadSubsenses(List<IElement> elements, CompiledSelectors selectors)
    {
        var subsenses = new List<Subsense>(elements.Count);
        if (selectors.SubsenseDefinition is null)
        {
            return subsenses;
        }

        foreach (var element in elements)
        {
            var definition = ElementText.Definition(element.First(selectors.SubsenseDefinition), selectors.LeadingSeparator);
            if (definition.Length > 0)
            {
                subsenses.Add(new Subsense(definition, ReadExamples(element, selectors.SubsenseExample, [], selectors.LeadingSeparator)));
            }
        }

        return subsenses;
    }

    public static List<string> ReadExamples(IElement scope, ISelector? selector, List<IElement> excluded, ISelector? separator)
    {
        if (selector is null)
        {
            return [];
        }

        var elements = scope.All(selector);
        var examples = new List<string>(elements.Count);
        foreach (var element in elements)
        {
            if (excluded.Count > 0 && element.IsInsideAny(excluded))
            {
                continue;
            }

            var text = ElementText.Of(element, separator);
            if (text.Length > 0)
            {
                examples.Add(text);
            }
        }

        return examples;
    }

    private static IElement? FirstOutside(IElement scope, ISelector selector, List<IElement> excluded)
    {
        if (excluded.Count == 0)
        {
            return scope.First(selector);
        }

        foreach (var element in scope.All(selector))
        {
            if (!element.IsInsideAny(excluded))
            {
                return element;
            }
        }

        return null;
    }
}
