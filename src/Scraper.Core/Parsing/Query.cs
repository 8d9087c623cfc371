using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace Scraper.Parsing;

/// <summary>Scoped queries with selectors parsed in advance.</summary>
internal static class Query
{
    /// <summary>The first descendant of <paramref name="scope"/> that matches, in document order.</summary>
    public static IElement? First(this INode scope, ISelector selector) => scope.ChildNodes.QuerySelector(selector);

    /// <summary>Every descendant of <paramref name="scope"/> that matches, in document order.</summary>
    public static List<IElement> All(this INode scope, ISelector selector)
    {
        var found = new List<IElement>();
        scope.ChildNodes.QuerySelectorAll(selector, found);
        return found;
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
}
