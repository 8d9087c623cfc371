using Scraper.Lookup;
using Scraper.Results;

namespace Scraper.Tests.Lookup;

public sealed class LookupSummaryTests
{
    [Fact]
    public void Add_counts_statuses_failures_pages_bytes_retries_and_each_page_latency()
    {
        // Arrange
        var summary = new LookupSummary();
        var twoPages = LookupTrace.None.Add(attempts: 3, bytes: 1000, requestMs: 40).Add(attempts: 1, bytes: 500, requestMs: 60);

        // Act
        summary.Add(Result("love", LookupStatus.Found) with { Trace = twoPages });
        summary.Add(Result("gone", LookupStatus.Failed) with { Trace = LookupTrace.None.Add(4, 0, 30) });
        summary.Add(Result("shut", LookupStatus.Blocked));

        // Assert
        Assert.Equal(3, summary.Total);
        Assert.Equal(2, summary.Failures);
        Assert.Equal(1, summary.Count(LookupStatus.Found));
        Assert.Equal(3, summary.Pages);
        Assert.Equal(1500, summary.Bytes);
        Assert.Equal(5, summary.Retries);
        Assert.Equal(3, summary.PageLatency.Count);
        Assert.Equal(60, summary.PageLatency.MaxMs);
    }

    [Theory]
    [InlineData(LookupStatus.Found, 0)]
    [InlineData(LookupStatus.NotFound, 1)]
    [InlineData(LookupStatus.Empty, 3)]
    public void The_exit_code_counts_the_words_a_resumed_run_skipped_as_if_looked_up(LookupStatus skipped, int exitCode)
    {
        var summary = new LookupSummary();
        summary.Add(Result("love", LookupStatus.Found));

        summary.AddSkipped(skipped);

        Assert.Equal(exitCode, summary.ExitCode);
        Assert.Equal(1, summary.Total);
        Assert.Equal(1, summary.Skipped);
        Assert.Equal(1, summary.SkippedCount(skipped));
    }

    private static LookupResult Result(string keyword, LookupStatus status) => new() { Keyword = keyword, Url = "http://127.0.0.1/" + keyword, Status = status };
}
