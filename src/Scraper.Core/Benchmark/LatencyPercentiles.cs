using Scraper.Lookup;

namespace Scraper.Benchmark;

/// <summary>Per-page latency in milliseconds over every page of every pass of one run (nearest rank, from an HdrHistogram).</summary>
public sealed record LatencyPercentiles(double P50, double P90, double P99, double Max)
{
    /// <summary>The 99.9th percentile: the slowest page in a thousand.</summary>
    public double P999 { get; init; }

    /// <summary>The percentiles of <paramref name="values"/>, rounded as the report writes them; zeros when there are none.</summary>
    public static LatencyPercentiles Of(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var histogram = new LatencyHistogram();
        foreach (var value in values)
        {
            histogram.Add(value);
        }

        return histogram.Count == 0
            ? new LatencyPercentiles(0, 0, 0, 0)
            : new LatencyPercentiles(Ms(histogram.Percentile(50)), Ms(histogram.Percentile(90)), Ms(histogram.Percentile(99)), Ms(histogram.MaxMs))
            {
                P999 = Ms(histogram.Percentile(99.9)),
            };
    }

    private static double Ms(double value) => Stats.RoundMs(value);
}
