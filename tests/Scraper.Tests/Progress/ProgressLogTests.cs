using Microsoft.Extensions.Time.Testing;
using Scraper.Cli.Logging;
using Scraper.Cli.Progress;

namespace Scraper.Tests.Progress;

public sealed class ProgressLogTests
{
    [Fact]
    public void A_line_with_done_total_rate_failures_and_time_left_comes_every_interval_and_none_after_disposal()
    {
        // Arrange
        var time = new FakeTimeProvider();
        using var output = new StringWriter();
        using var log = LoggerSetup.Create(output, verbose: false, quiet: false);
        var pace = new RunPace(50, 200, 3, TimeSpan.FromSeconds(10));

        // Act
        var progress = new ProgressLog(log, () => pace, TimeSpan.FromSeconds(5), time);
        time.Advance(TimeSpan.FromSeconds(4.9));
        var before = output.ToString();
        time.Advance(TimeSpan.FromSeconds(0.1));
        pace = pace with { Done = 60 };
        time.Advance(TimeSpan.FromSeconds(5));
        progress.Dispose();
        time.Advance(TimeSpan.FromSeconds(20));

        // Assert
        Assert.Equal("", before);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.EndsWith("INF] 50/200 words, 5.0 words/s, 3 failures, 0:30 left", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("INF] 60/200 words, 6.0 words/s, 3 failures, 0:24 left", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void With_several_sites_the_line_counts_results_each_a_word_on_a_site()
    {
        // Arrange
        var time = new FakeTimeProvider();
        using var output = new StringWriter();
        using var log = LoggerSetup.Create(output, verbose: false, quiet: false);

        // Act
        using (new ProgressLog(log, () => new RunPace(30, 90, 0, TimeSpan.FromSeconds(10), "results"), TimeSpan.FromSeconds(5), time))
        {
            time.Advance(TimeSpan.FromSeconds(5));
        }

        // Assert
        Assert.EndsWith("INF] 30/90 results, 3.0 results/s, 0 failures, 0:20 left", output.ToString().TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void With_verbose_each_line_is_followed_by_the_memory_of_the_process()
    {
        var time = new FakeTimeProvider();
        using var output = new StringWriter();
        using var log = LoggerSetup.Create(output, verbose: true, quiet: false);

        using (new ProgressLog(log, () => new RunPace(1, 2, 0, TimeSpan.FromSeconds(1)), TimeSpan.FromSeconds(5), time))
        {
            time.Advance(TimeSpan.FromSeconds(5));
        }

        Assert.Contains("DBG] Memory: ", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("MB resident", output.ToString(), StringComparison.Ordinal);
    }
}
