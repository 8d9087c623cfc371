using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace Scraper.Parsing;

/// <summary>
/// One entry element as its fields are read from it: with its header where the site puts that before it
/// (<see cref="Sites.SiteSelectors.EntryHeader"/>), and without its excluded blocks (<see cref="Sites.SiteSelectors.Excluded"/>).
/// </summary>
internal sealed class EntryBlock
{
    private EntryBlock(IElement element, List<IElement> header, List<IElement> excluded)
    {
        Element = element;
        Header = header;
        Excluded = excluded;
    }

    public IElement Element { get; }

    /// <summary>The header elements before the entry, in page order; none when the entry holds its own.</summary>
    public List<IElement> Header { get; }

    /// <summary>The blocks inside the entry that no field comes from.</summary>
    public List<IElement> Excluded { get; }

    public static EntryBlock Of(IElement element, CompiledSelectors selectors) =>
        new(element, HeaderOf(element, selectors), selectors.Excluded is null ? [] : element.All(selectors.Excluded));

    /// <summary>The first match in the header, else in the entry, that is in no excluded block.</summary>
    public IElement? First(ISelector? selector)
    {
        if (selector is null)
        {
            return null;
        }

        foreach (var header in Header)
        {
            if (header.First(selector) is { } found)
            {
                return found;
            }
        }

        return FirstOutside(Element, selector, Excluded);
    }

    /// <summary>Every match in the header and the entry that is in no excluded block, in page order.</summary>
    public List<IElement> All(ISelector selector)
    {
        var found = new List<IElement>();
        foreach (var header in Header)
        {
            found.AddRange(header.All(selector));
        }

        found.AddRange(Outside(Element.All(selector), Excluded));
        return found;
    }

    /// <summary>The matches inside <paramref name="scope"/> (a sense of the entry) that are in no excluded block.</summary>
    public List<IElement> AllIn(IElement scope, ISelector? selector) => selector is null ? [] : Outside(scope.All(selector), Excluded);

    public static IElement? FirstOutside(IElement scope, ISelector selector, List<IElement> excluded)
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

    private static List<IElement> Outside(List<IElement> elements, List<IElement> excluded)
    {
        if (excluded.Count > 0)
        {
            elements.RemoveAll(e => e.IsInsideAny(excluded));
        }

        return elements;
    }

    // Back from the entry to the previous entry: the siblings that are its header, in page order.
    private static List<IElement> HeaderOf(IElement entry, CompiledSelectors selectors)
    {
        var header = new List<IElement>();
        if (selectors.EntryHeader is null)
        {
            return header;
        }

        for (var sibling = entry.PreviousElementSibling; sibling is not null; sibling = sibling.PreviousElementSibling)
        {
            if (selectors.Entry.Match(sibling, null) || sibling.First(selectors.Entry) is not null)
            {
                break;
            }

            if (selectors.EntryHeader.Match(sibling, null))
            {
                header.Insert(0, sibling);
            }
        }

        return header;
    }
}
