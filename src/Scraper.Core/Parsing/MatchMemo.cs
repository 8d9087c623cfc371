using System.Runtime.CompilerServices;
using AngleSharp.Dom;

namespace Scraper.Parsing;

/// <summary>
/// What a combinator selector's parts matched on one page, so that a part is tried once per element and scope, not
/// once per path to it: AngleSharp retries the ancestors of every candidate, which is exponential in the nesting.
/// </summary>
internal sealed class MatchMemo
{
    // Enough for every element of a large real page several times over; past it, answers are worked out again
    // (still each a step of the budget), so that a hostile page cannot grow the memo without end.
    private const int MaxAnswers = 250_000;

    private readonly Dictionary<Key, bool> known = new(KeyComparer.Instance);

    public bool TryGet(object part, int index, IElement element, IElement? scope, out bool matched) =>
        known.TryGetValue(new Key(part, index, element, scope), out matched);

    public void Set(object part, int index, IElement element, IElement? scope, bool matched)
    {
        if (known.Count < MaxAnswers)
        {
            known[new Key(part, index, element, scope)] = matched;
        }
    }

    private readonly record struct Key(object Part, int Index, IElement Element, IElement? Scope);

    // By reference: AngleSharp's nodes are told apart by identity, and hashing one must not walk it.
    private sealed class KeyComparer : IEqualityComparer<Key>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals(Key x, Key y) =>
            ReferenceEquals(x.Part, y.Part) && x.Index == y.Index && ReferenceEquals(x.Element, y.Element) && ReferenceEquals(x.Scope, y.Scope);

        public int GetHashCode(Key key) => HashCode.Combine(
            RuntimeHelpers.GetHashCode(key.Part), key.Index, RuntimeHelpers.GetHashCode(key.Element), key.Scope is null ? 0 : RuntimeHelpers.GetHashCode(key.Scope));
    }
}
