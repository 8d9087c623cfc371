using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace Scraper.Parsing;

/// <summary>
/// Compound selectors joined by combinators (<c>a b &gt; c + d ~ e</c>), matched right to left with each answer kept in
/// the page's <see cref="MatchMemo"/>: whether part i matches an element, and whether an element has a relative
/// (ancestor, parent, earlier sibling) that matches part i. So each part is tried once per element however deep the
/// nesting, where AngleSharp tries every ancestor again for every candidate (6,000 nested elements kept it busy for
/// minutes). The walks up a chain of relatives are loops, not recursion, so no nesting overflows the stack.
/// </summary>
internal sealed class SelectorChain
{
    private const int Matches = 0;
    private const int HasRelative = 1;

    private readonly ISelector[] parts;
    private readonly string[] symbols;

    // Without :scope, an answer holds whatever the scope: kept once, not once per scope (a :has() argument is tried
    // with every element as its scope).
    private readonly bool usesScope;

    private SelectorChain(ISelector[] parts, string[] symbols, bool usesScope)
    {
        this.parts = parts;
        this.symbols = symbols;
        this.usesScope = usesScope;
    }

    /// <summary>Null for a combinator this does not know (a namespace or column one): AngleSharp matches those alone.</summary>
    public static SelectorChain? Create(SelectorShape shape)
    {
        var symbols = shape.Symbols.Select(s => s.Trim().Length == 0 ? " " : s.Trim()).ToArray();
        if (shape.Parts.Count == 0 || symbols.Length != shape.Parts.Count - 1 || !symbols.All(s => s is " " or ">" or "+" or "~"))
        {
            return null;
        }

        return new SelectorChain([.. shape.Parts.Select(BoundedSelector.Of)], symbols, shape.Parts.Any(p => p.Text.Contains(":scope", StringComparison.OrdinalIgnoreCase)));
    }

    // The rightmost part is tried once per element by the query itself, so only the answers reached through a
    // combinator are kept: a memo entry for every element a query visits made real pages twice as slow to read.
    public bool Match(IElement element, IElement? scope)
    {
        var last = parts.Length - 1;
        return parts[last].Match(element, scope) && (last == 0 || Related(last - 1, element, scope));
    }

    // Part i matches the element, and the parts before it match its relatives as their combinators say.
    private bool Satisfies(int i, IElement element, IElement? scope)
    {
        var memo = ParseBudget.Memo;
        var key = (2 * i) + Matches;
        if (memo is not null && memo.TryGet(this, key, element, usesScope ? scope : null, out var known))
        {
            return known;
        }

        var matched = parts[i].Match(element, scope) && (i == 0 || Related(i - 1, element, scope));
        memo?.Set(this, key, element, usesScope ? scope : null, matched);
        return matched;
    }

    // Whether a relative of the element, reached through the combinator after part i, satisfies part i.
    private bool Related(int i, IElement element, IElement? scope) => symbols[i] switch
    {
        ">" => element.ParentElement is { } parent && Satisfies(i, parent, scope),
        "+" => element.PreviousElementSibling is { } previous && Satisfies(i, previous, scope),
        " " => AnyAlong(i, element, scope, e => e.ParentElement),
        _ => AnyAlong(i, element, scope, e => e.PreviousElementSibling),
    };

    // Walks the chain of relatives (ancestors, or earlier siblings) until one satisfies part i or one's answer is
    // known; every element walked shares the answer, which is kept for the next walk that reaches it.
    private bool AnyAlong(int i, IElement element, IElement? scope, Func<IElement, IElement?> next)
    {
        var memo = ParseBudget.Memo;
        var key = (2 * i) + HasRelative;
        var walked = new List<IElement>();
        var found = false;
        for (var current = element; next(current) is { } relative; current = relative)
        {
            ParseBudget.Step();
            if (walked.Count == ParseBudget.DeepNesting)
            {
                ParseBudget.Deep();
                memo = ParseBudget.Memo;
            }

            if (memo is not null && memo.TryGet(this, key, current, usesScope ? scope : null, out var known))
            {
                found = known;
                break;
            }

            walked.Add(current);
            if (Satisfies(i, relative, scope))
            {
                found = true;
                break;
            }
        }

        walked.ForEach(e => memo?.Set(this, key, e, usesScope ? scope : null, found));
        return found;
    }
}
