namespace Scraper.LocalSite;

/// <summary>
/// A SplitMix64 sequence from a fixed seed. System.Random's seeded sequence is not promised to stay the same
/// across .NET versions; this one is, which keeps generated pages identical forever.
/// </summary>
internal sealed class SeededRandom(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15;
        return StableHash.Mix(_state);
    }

    /// <summary>A number in [0, maxExclusive).</summary>
    public int Next(int maxExclusive) => (int)(NextUInt64() % (ulong)maxExclusive);

    /// <summary>A number in [minInclusive, maxInclusive].</summary>
    public int Between(int minInclusive, int maxInclusive) => minInclusive + Next(maxInclusive - minInclusive + 1);

    public bool Chance(double probability) => StableHash.ToUnit(NextUInt64()) < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary><paramref name="count"/> different items, in the order drawn; the list must hold at least that many.</summary>
    public List<T> PickDistinct<T>(IReadOnlyList<T> items, int count)
    {
        var chosen = new List<T>(count);
        while (chosen.Count < count)
        {
            var item = Pick(items);
            if (!chosen.Contains(item))
            {
                chosen.Add(item);
            }
        }

        return chosen;
    }
}
