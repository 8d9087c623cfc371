using Scraper.Benchmark;

namespace Scraper.Tests.Benchmark;

public sealed class StatsTests
{
    [Fact]
    public void The_median_of_an_odd_count_is_the_middle_value()
    {
        double[] values = [900, 100, 300];

        var median = Stats.Median(values);

        Assert.Equal(300, median);
    }

    [Fact]
    public void The_median_of_an_even_count_is_the_mean_of_the_two_middle_values()
    {
        double[] values = [400, 100, 300, 200];

        var median = Stats.Median(values);

        Assert.Equal(250, median);
    }

    [Theory]
    [InlineData(50, 50)]
    [InlineData(90, 90)]
    [InlineData(99, 99)]
    [InlineData(100, 100)]
    public void Nearest_rank_percentiles_of_1_to_100_are_the_percentile_itself(double percentile, double expected)
    {
        var values = Enumerable.Range(1, 100).Select(i => (double)i).Reverse();

        var value = Stats.Percentile(values, percentile);

        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData(50, 70)] // rank ceil(6.5) = 7
    [InlineData(90, 120)] // rank ceil(11.7) = 12
    [InlineData(99, 130)] // rank ceil(12.87) = 13
    public void Nearest_rank_percentiles_of_13_values_are_values_of_the_list(double percentile, double expected)
    {
        var values = Enumerable.Range(1, 13).Select(i => i * 10.0).Reverse();

        var value = Stats.Percentile(values, percentile);

        Assert.Equal(expected, value);
    }

    [Fact]
    public void The_ideal_async_time_of_13_pages_at_concurrency_8_and_300_ms_is_two_rounds()
    {
        var ideal = Stats.IdealAsyncMs(pages: 13, concurrency: 8, latencyMs: 300);

        Assert.Equal(600, ideal);
    }

    [Theory]
    [InlineData(null, 100.0)]
    [InlineData(100.0, null)]
    [InlineData(100.0, 0.0)]
    public void A_ratio_without_a_positive_denominator_is_null(double? numerator, double? denominator)
    {
        var ratio = Stats.Ratio(numerator, denominator);

        Assert.Null(ratio);
    }

    [Fact]
    public void The_median_of_no_values_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Stats.Median([]));
    }
}
