using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace Scraper.Parsing;

/// <summary>Scoped queries with selectors parsed in advance; <c>:scope</c> is the element queried.</summary>
internal static class Query
{
    /// <summary>The first descendant of <paramref name="scope"/> that matches, in document order.</summary>
    public static IElement? First(this INode scope, ISelector selector) => FirstIn(scope, selector, scope as IElement);

    /// <summary>Every descendant of <paramref name="scope"/> that matches, in document order.</summary>
    public static List<IElement> All(this INode scope, ISelector selector)
    {
        var found = new List<IElement>();
        scope.ChildNodes.QuerySelectorAll(selector, scope as IElement, found);
        return found;
    }

    /// <summary>The descendants of <paramref name="scope"/> that match, in document order, found one at a time.</summary>
    public static IEnumerable<IElement> Matches(this INode scope, ISelector selector)
    {
        var scopeElement = scope as IElement;
        var pending = new Stack<INode>();
        PushChildren(pending, scope);
        while (pending.Count > 0)
        {
            if (pending.Pop() is not IElement element)
            {
                continue;
            }

            if (selector.Match(element, scopeElement))
            {
                yield return element;
            }

            PushChildren(pending, element);
        }
    }

    /// <summary>Whether <paramref name="node"/> lies inside any of <paramref name="containers"/>.</summary>
    public static bool IsInsideAny(this INode node, List<IElement> containers)
    {
        foreach (var container in containers)
        {
            if (container.Contains(node))
            {
                return true;
            }
        }

        return false;
    }

    private static void PushChildren(Stack<INode> pending, INode parent)
    {
        for (var child = parent.LastChild; child is not null; child = child.PreviousSibling)
        {
            if (child is IElement)
            {
                pending.Push(child);
            }
        }
    }

    // AngleSharp's QuerySelector(ISelector) passes no scope element, so ":scope" would match nothing.
    private static IElement? FirstIn(INode parent, ISelector selector, IElement? scope)
    {
        var children = parent.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is not IElement element)
            {
                continue;
            }

            if (selector.Match(element, scope))
            {
                return element;
            }

            if (element.HasChildNodes && FirstIn(element, selector, scope) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}
