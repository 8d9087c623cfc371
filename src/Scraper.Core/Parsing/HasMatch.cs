using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace Scraper.Parsing;

/// <summary>
/// <c>:has(S)</c>, as AngleSharp matches it: whether an element below the one tried (or, for a relative argument such
/// as <c>:has(+ b)</c>, below its parent) matches S scoped to the element tried; walked here, so that every element
/// visited is a step of the page's <see cref="ParseBudget"/>, and each element's answer is kept in the page's
/// <see cref="MatchMemo"/> (so that a <c>:has()</c> inside a <c>:has()</c> walks each subtree once, not once per ancestor).
/// </summary>
internal static class HasMatch
{
    public static Func<IElement, IElement?, bool> Of(ISelector argument)
    {
        var fromParent = argument.Text.Contains(":scope", StringComparison.OrdinalIgnoreCase);
        return (element, _) =>
        {
            var memo = ParseBudget.Memo;
            if (memo is not null && memo.TryGet(argument, 0, element, null, out var known))
            {
                return known;
            }

            var top = fromParent ? element.ParentElement : element;
            var found = top is not null && Query.FirstBelow(top, argument, element) is not null;
            memo?.Set(argument, 0, element, null, found);
            return found;
        };
    }
}
