namespace Scraper.Benchmark;

/// <summary>The bench report's arithmetic, in one place.</summary>
public static class Stats
{
    /// <summary>The middle value; with an even count, the mean of the two middle values.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = Sorted(values);
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>
    /// The nearest-rank percentile: the smallest value such that at least <paramref name="percentile"/> percent
    /// of the values are less than or equal to it, i.e. the value of rank ceil(p / 100 × n) in ascending order.
    /// Always one of the values, never interpolated.
    /// </summary>
    public static double Percentile(IEnumerable<double> values, double percentile)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(percentile);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percentile, 100);
        var sorted = Sorted(values);

        // p × n first, then one division: exact whenever the true rank is a whole number (90 × 100 / 100).
        var rank = (int)Math.Ceiling(percentile * sorted.Length / 100);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }

    /// <summary>The async wall time if every round of <paramref name="concurrency"/> requests took exactly the latency.</summary>
    public static double IdealAsyncMs(int pages, int concurrency, double latencyMs)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pages);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(concurrency);
        var rounds = (pages + concurrency - 1) / concurrency;
        return rounds * latencyMs;
    }

    /// <summary><paramref name="numerator"/> / <paramref name="denominator"/>, or null when either is missing or the denominator is not positive.</summary>
    public static double? Ratio(double? numerator, double? denominator) =>
        numerator is { } n && denominator is > 0 and { } d ? n / d : null;

    /// <summary>Milliseconds as the report writes them: one decimal.</summary>
    public static double RoundMs(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);

    /// <summary>Ratios as the report writes them: two decimals.</summary>
    public static double? RoundRatio(double? value) =>
        value is { } v ? Math.Round(v, 2, MidpointRounding.AwayFromZero) : null;

    private static double[] Sorted(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("At least one value is needed.", nameof(values));
        }

        Array.Sort(sorted);
        return sorted;
    }
}
