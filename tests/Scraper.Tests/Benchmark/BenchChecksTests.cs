using Scraper.Benchmark;

namespace Scraper.Tests.Benchmark;

/// <summary>The soundness threshold of a bench: a run whose pages were not mostly HTTP 200 measures errors, not lookups.</summary>
public sealed class BenchChecksTests
{
    [Theory]
    [InlineData(17, true)]
    [InlineData(19, false)]
    public void A_run_of_20_pages_is_unsound_at_85_percent_HTTP_200_and_sound_at_95(int ok, bool unsound)
    {
        // Arrange: the same 20 words in both modes, so only the share of 200s decides.
        var pages = Enumerable.Range(0, 20).Select(i => new PageSample(300, i < ok ? 200 : 503, 1, 1000) { Keyword = $"w{i}" }).ToList();
        var sync = new PassSample(BenchMode.Sync, 1, 6000, pages);
        var async = new PassSample(BenchMode.Async, 8, 900, pages);

        // Act
        var report = BenchReportBuilder.Build(BenchSamples.Local(keywords: 20), [sync, async], identicalEntries: true);

        // Assert
        Assert.Equal(unsound, report.Unsound);
        Assert.Equal(unsound, report.Runs.All(run => run.Problem is not null));
    }
}
