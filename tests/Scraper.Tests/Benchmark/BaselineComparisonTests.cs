using Scraper.Benchmark;

namespace Scraper.Tests.Benchmark;

/// <summary>A run against a saved baseline: the --repeat spread as the confidence interval, the threshold, the warnings.</summary>
public sealed class BaselineComparisonTests
{
    private static readonly BaselineOrigin Here = new("box, 2 cores, Linux", "13 words, sha256 abc", "macmillan on the embedded site, 300 ms latency");

    [Theory]
    [InlineData(new[] { 600.0, 610, 620 }, new[] { 560.0, 570, 580 }, BaselineComparison.Faster, false)]
    [InlineData(new[] { 600.0, 610, 620 }, new[] { 700.0, 710, 720 }, BaselineComparison.Slower, true)]
    [InlineData(new[] { 600.0, 610, 620 }, new[] { 615.0, 640, 650 }, BaselineComparison.Same, false)]
    [InlineData(new[] { 600.0, 610, 620 }, new[] { 630.0, 640, 650 }, BaselineComparison.Slower, false)]
    public void Ranges_that_do_not_overlap_are_faster_or_slower_and_only_slower_beyond_the_threshold_is_a_regression(double[] then, double[] now, string verdict, bool regression)
    {
        var comparison = BaselineComparison.Of(Saved(Report(then)), Report(now), Here, threshold: 0.10);

        var run = Assert.Single(comparison.Runs);
        Assert.Equal(verdict, run.Verdict);
        Assert.Equal(regression, run.Regression);
        Assert.Equal(regression, comparison.Regression);
        Assert.Empty(comparison.Warnings);
    }

    [Theory]
    [InlineData(600, 650, BaselineComparison.Same)]
    [InlineData(600, 700, BaselineComparison.Slower)]
    [InlineData(600, 500, BaselineComparison.Faster)]
    public void Without_a_spread_on_either_side_the_threshold_is_the_noise(double then, double now, string verdict)
    {
        var comparison = BaselineComparison.Of(Saved(Report([then])), Report([now]), Here, threshold: 0.10);

        Assert.Equal(verdict, Assert.Single(comparison.Runs).Verdict);
    }

    [Fact]
    public void Another_machine_word_list_or_site_is_compared_with_a_warning_that_says_so()
    {
        var elsewhere = new BaselineOrigin("other, 8 cores, Linux", "20 words, sha256 def", "macmillan at http://mirror.example");

        var comparison = BaselineComparison.Of(Saved(Report([600])), Report([600]), elsewhere, threshold: 0.10);

        Assert.Equal(3, comparison.Warnings.Count);
        Assert.Contains(comparison.Warnings, w => w.Contains("another machine (box, 2 cores, Linux; this run: other, 8 cores, Linux)", StringComparison.Ordinal));
        Assert.Contains(comparison.Warnings, w => w.Contains("another word list", StringComparison.Ordinal));
        Assert.Contains(comparison.Warnings, w => w.Contains("another site", StringComparison.Ordinal));
        Assert.Single(comparison.Runs);
    }

    [Theory]
    [InlineData("before", true)]
    [InlineData("v1.2_fast-path", true)]
    [InlineData("../etc/passwd", false)]
    [InlineData("a/b", false)]
    [InlineData("a\\b", false)]
    [InlineData("..", false)]
    [InlineData(".hidden", false)]
    [InlineData("", false)]
    [InlineData("x..y", false)]
    public void A_baseline_name_is_a_file_name_never_a_path(string name, bool valid) =>
        Assert.Equal(valid, BaselineStore.IsValidName(name));

    [Fact]
    public void A_saved_baseline_reads_back_with_its_report()
    {
        using var folder = new Support.TempDirectory();
        var store = new BaselineStore(Path.Combine(folder.Path, "baselines"));
        var saved = Saved(Report([600, 610, 620]));

        store.Save(saved);
        var loaded = store.Load("before")!;

        Assert.Equal(saved.Origin, loaded.Origin);
        Assert.Equal(saved.Report.Runs[0].WallMs, loaded.Report.Runs[0].WallMs);
        Assert.Equal(saved.Report.Runs[0].Bound, loaded.Report.Runs[0].Bound);
        Assert.Null(store.Load("missing"));
    }

    private static Baseline Saved(BenchReport report) => new("before", DateTimeOffset.UnixEpoch, Here, report);

    private static BenchReport Report(double[] walls) =>
        BenchReportBuilder.Build(BenchSamples.Local(), [.. walls.Select(wall => BenchSamples.Pass(BenchMode.Async, 8, wall))], identicalEntries: true);
}
