using AngleSharp.Css;
using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;

namespace Scraper.Parsing;

/// <summary>
/// A parsed selector matched with bounded work: the structure (lists, compounds, combinator chains and the selector
/// functions <c>:has()</c>, <c>:not()</c>, <c>:is()</c>, <c>:where()</c>) is matched here, each combinator part once per
/// element (<see cref="SelectorChain"/>), every try a step of the page's <see cref="ParseBudget"/>; only the simple
/// tests (a type, a class, an attribute) are AngleSharp's. AngleSharp's own matching retries every ancestor of every
/// candidate and has no step at which to stop it. Text, specificity and visits are the original selector's.
/// </summary>
internal sealed class BoundedSelector : ISelector
{
    private static readonly string[] Functions = ["has(", "not(", "is(", "where(", "matches("];

    private readonly ISelector original;
    private readonly Func<IElement, IElement?, bool> match;

    private BoundedSelector(ISelector original, Func<IElement, IElement?, bool> match)
    {
        this.original = original;
        this.match = match;
    }

    public string Text => original.Text;

    public Priority Specificity => original.Specificity;

    public static ISelector Of(ISelector selector)
    {
        if (selector is BoundedSelector)
        {
            return selector;
        }

        var shape = SelectorShape.Of(selector);
        return new BoundedSelector(selector, shape.Kind switch
        {
            SelectorKind.AnyOf => AnyOf([.. shape.Parts.Select(Of)]),
            SelectorKind.AllOf => AllOf([.. shape.Parts.Select(Of)]),
            SelectorKind.Chain when SelectorChain.Create(shape) is { } chain => chain.Match,
            SelectorKind.PseudoClass when Function(shape.PseudoClassText) is { } function => function,
            _ => Simple(selector),
        });
    }

    public void Accept(ISelectorVisitor visitor) => original.Accept(visitor);

    public bool Match(IElement element, IElement? scope) => match(element, scope);

    private static Func<IElement, IElement?, bool> Simple(ISelector selector) => (element, scope) =>
    {
        ParseBudget.Step();
        return selector.Match(element, scope);
    };

    private static Func<IElement, IElement?, bool> AnyOf(ISelector[] parts) => (element, scope) => Array.Exists(parts, p => p.Match(element, scope));

    private static Func<IElement, IElement?, bool> AllOf(ISelector[] parts) => (element, scope) => Array.TrueForAll(parts, p => p.Match(element, scope));

    // AngleSharp reports a selector function only as its text, "has(:scope>b)": its argument is parsed again, bounded.
    // As AngleSharp does, :has() scopes its argument to the element tried, and the others match without a scope.
    private static Func<IElement, IElement?, bool>? Function(string pseudoClass)
    {
        var name = Array.Find(Functions, f => pseudoClass.StartsWith(f, StringComparison.OrdinalIgnoreCase) && pseudoClass.EndsWith(')'));
        if (name is null || new CssSelectorParser().ParseSelector(pseudoClass[name.Length..^1]) is not { } argument)
        {
            return null;
        }

        var inner = Of(argument);
        return name switch
        {
            "has(" => HasMatch.Of(inner),
            "not(" => (element, _) => !inner.Match(element, null),
            _ => (element, _) => inner.Match(element, null),
        };
    }
}
