namespace Scraper.LocalSite;

/// <summary>
/// A hash that is the same in every process and on every machine (string.GetHashCode is randomised per process),
/// so generated pages and fault decisions repeat exactly across runs and restarts.
/// FNV-1a over the UTF-16 code units, then the SplitMix64 finaliser so that near-identical inputs spread out.
/// </summary>
internal static class StableHash
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static ulong Of(string text) => Mix(Fnv(OffsetBasis, text));

    public static ulong Of(string first, string second) => Mix(Fnv(Fnv(Fnv(OffsetBasis, first), "\u0000"), second));

    /// <summary>A number in [0, 1) drawn from the hash of both parts.</summary>
    public static double Unit(string first, string second) => ToUnit(Of(first, second));

    public static double ToUnit(ulong hash) => (hash >> 11) * (1.0 / (1UL << 53));

    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }

    private static ulong Fnv(ulong hash, string text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ (c & 0xFFu)) * Prime;
            hash = (hash ^ ((uint)c >> 8)) * Prime;
        }

        return hash;
    }
}
