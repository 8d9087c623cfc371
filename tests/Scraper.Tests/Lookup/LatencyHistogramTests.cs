using Scraper.Benchmark;
using Scraper.Lookup;

namespace Scraper.Tests.Lookup;

public sealed class LatencyHistogramTests
{
    [Fact]
    public void Percentiles_out_to_p99_9_are_within_a_tenth_of_a_percent_or_a_microsecond_above_the_exact_nearest_rank_ones()
    {
        // Arrange: a spread like a real run's, from sub-millisecond to seconds
        var random = new Random(42);
        var values = Enumerable.Range(0, 5000).Select(_ => Math.Exp(random.NextDouble() * 9) / 10).ToList();
        var histogram = new LatencyHistogram();

        // Act
        values.ForEach(histogram.Add);

        // Assert
        foreach (var p in new[] { 1.0, 50, 90, 99, 99.9, 100 })
        {
            var exact = Stats.Percentile(values, p);
            var approximate = histogram.Percentile(p);
            // Microseconds are the unit: below a millisecond, the microsecond rounding is the larger error.
            Assert.InRange(approximate, exact, (exact * 1.001) + 0.001);
        }

        Assert.Equal(5000, histogram.Count);
        Assert.Equal(values.Max(), histogram.MaxMs);
    }

    [Fact]
    public void A_percentile_is_never_above_the_largest_value_and_an_empty_histogram_gives_0_and_the_first_bucket_ends_at_a_microsecond()
    {
        var histogram = new LatencyHistogram();
        Assert.Equal(0, histogram.Percentile(50));

        histogram.Add(100);
        histogram.Add(0);

        Assert.Equal(100, histogram.Percentile(99));
        Assert.InRange(histogram.Percentile(50), 0, 0.001);
    }
}
