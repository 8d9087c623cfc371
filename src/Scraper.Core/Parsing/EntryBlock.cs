using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace Scraper.Parsing;

/// <summary>
/// One entry element as its fields are read from it: with its header where the site puts that before it
/// (<see cref="Sites.SiteSelectors.EntryHeader"/>), and without its excluded blocks (<see cref="Sites.SiteSelectors.Excluded"/>).
/// A match is checked against the excluded blocks by its ancestors, and only when it is found: no extra walk of the
/// entry, so a page reads as fast as without them.
/// </summary>
internal sealed class EntryBlock
{
    private readonly ISelector? excluded;

    private EntryBlock(IElement element, List<IElement> header, ISelector? excluded)
    {
        Element = element;
        Header = header;
        this.excluded = excluded;
    }

    public IElement Element { get; }

    /// <summary>The header elements before the entry, in page order; none when the entry holds its own.</summary>
    public List<IElement> Header { get; }

    public static EntryBlock Of(IElement element, CompiledSelectors selectors) =>
        new(element, HeaderOf(element, selectors), selectors.Excluded);

    /// <summary>Whether <paramref name="element"/> (inside the entry) is, or lies in, an excluded block.</summary>
    public bool IsExcluded(IElement element)
    {
        if (excluded is null)
        {
            return false;
        }

        for (var node = element; node is not null && !ReferenceEquals(node, Element); node = node.ParentElement)
        {
            if (excluded.Match(node, Element))
            {
                return true;
            }
        }

        return false;
    }

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

        return FirstIn(Element, selector, []);
    }

    /// <summary>The first match inside <paramref name="scope"/>, in page order, neither excluded nor inside <paramref name="notOwn"/>.</summary>
    public IElement? FirstIn(IElement scope, ISelector selector, List<IElement> notOwn)
    {
        foreach (var element in scope.Matches(selector))
        {
            if (!IsExcluded(element) && (notOwn.Count == 0 || !element.IsInsideAny(notOwn)))
            {
                return element;
            }
        }

        return null;
    }

    /// <summary>Every match in the header and the entry that is in no excluded block, in page order.</summary>
    public List<IElement> All(ISelector selector)
    {
        var found = new List<IElement>();
        foreach (var header in Header)
        {
            found.AddRange(header.All(selector));
        }

        found.AddRange(AllIn(Element, selector, []));
        return found;
    }

    /// <summary>The matches inside <paramref name="scope"/>, neither excluded nor inside <paramref name="notOwn"/>.</summary>
    public List<IElement> AllIn(IElement scope, ISelector? selector, List<IElement> notOwn)
    {
        if (selector is null)
        {
            return [];
        }

        var elements = scope.All(selector);
        if (excluded is not null || notOwn.Count > 0)
        {
            elements.RemoveAll(e => IsExcluded(e) || (notOwn.Count > 0 && e.IsInsideAny(notOwn)));
        }

        return elements;
    }

    /// <summary>The element's text without its excluded parts and without <paramref name="omitted"/>.</summary>
    public string Text(IElement? element, ISelector? leadingSeparator, List<IElement>? omitted = null) =>
        ElementText.Of(element, leadingSeparator, omitted ?? [], excluded);

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
