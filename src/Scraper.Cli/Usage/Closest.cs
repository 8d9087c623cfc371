namespace Scraper.Cli.Usage;

/// <summary>The known name nearest to a mistyped one, for the "did you mean" of a usage error.</summary>
internal static class Closest
{
    /// <summary>
    /// The candidate that <paramref name="typed"/> is a prefix of, or the one fewest edits away when at most a third
    /// of it differs (--concurency, --formt, lookpu); otherwise null, since a far-fetched guess misleads more than none.
    /// Leading dashes and case are ignored.
    /// </summary>
    public static string? To(string typed, IEnumerable<string> candidates)
    {
        var bare = Bare(typed);
        if (bare.Length == 0)
        {
            return null;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.OrderBy(c => c.Length))
        {
            var name = Bare(candidate);
            var distance = bare.Length >= 2 && name.StartsWith(bare, StringComparison.Ordinal) ? 0 : Distance(bare, name);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best is not null && bestDistance <= Math.Max(1, Math.Max(bare.Length, Bare(best).Length) / 3) && (bare.Length > 1 || bestDistance == 0)
            ? best
            : null;
    }

    private static string Bare(string name) => name.TrimStart('-', '/').ToLowerInvariant();

    // Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours (lookpu).
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
