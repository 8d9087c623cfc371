using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace Scraper.Parsing;

/// <summary>
/// Scoped queries with selectors parsed in advance; <c>:scope</c> is the element queried. The walks are loops over the
/// tree (no nesting overflows the stack), and every element visited is a step of the page's <see cref="ParseBudget"/>.
/// </summary>
internal static class Query
{
    /// <summary>The first descendant of <paramref name="scope"/> that matches, in document order.</summary>
    public static IElement? First(this INode scope, ISelector selector) => FirstBelow(scope, selector, scope as IElement);

    /// <summary>Every descendant of <paramref name="scope"/> that matches, in document order.</summary>
    public static List<IElement> All(this INode scope, ISelector selector) => [.. scope.Matches(selector)];

    /// <summary>The descendants of <paramref name="scope"/> that match, in document order, found one at a time.</summary>
    public static IEnumerable<IElement> Matches(this INode scope, ISelector selector)
    {
        var scopeElement = scope as IElement;
        foreach (var element in Below(scope))
        {
            if (selector.Match(element, scopeElement))
            {
                yield return element;
            }
        }
    }

    /// <summary>The first descendant of <paramref name="top"/> that matches <paramref name="selector"/> scoped to <paramref name="scope"/>.</summary>
    public static IElement? FirstBelow(INode top, ISelector selector, IElement? scope)
    {
        foreach (var element in Below(top))
        {
            if (selector.Match(element, scope))
            {
                return element;
            }
        }

        return null;
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

    // The elements below the node, in document order. By child index, not NextElementSibling, which AngleSharp finds by
    // scanning the parent's children (quadratic on a page of many siblings).
    private static IEnumerable<IElement> Below(INode top)
    {
        var path = new Stack<(INodeList Children, int Next)>();
        path.Push((top.ChildNodes, 0));
        while (path.TryPop(out var level))
        {
            var (children, next) = level;
            if (next >= children.Length)
            {
                continue;
            }

            path.Push((children, next + 1));
            if (children[next] is IElement element)
            {
                ParseBudget.Step();
                yield return element;
                if (element.HasChildNodes)
                {
                    path.Push((element.ChildNodes, 0));
                    if (path.Count > ParseBudget.DeepNesting)
                    {
                        ParseBudget.Deep();
                    }
                }
            }
        }
    }
}
