using Microsoft.Extensions.Time.Testing;
using Scraper.LocalSite;
using Scraper.Tests.Support;
using Site = Scraper.LocalSite.LocalSite;

namespace Scraper.Tests.Cli;

/// <summary>What a lookup says on stderr about its progress and, at the end, its figures.</summary>
public sealed class LookupProgressTests : IAsyncLifetime
{
    private Site site = null!;

    public async ValueTask InitializeAsync() => site = await Site.StartAsync(new LocalSiteOptions(), TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync() => await site.DisposeAsync();

    [Fact]
    public async Task The_summary_gives_counts_by_status_pages_per_second_retries_and_request_latency_percentiles()
    {
        var run = await LookupAsync(console => console, "love", "zzunknown", "--format", "jsonl");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.Contains("2/2 words in ", StringComparison.Ordinal) && l.EndsWith(": 1 found, 1 not-found", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.Contains("INF] 3 pages, ", StringComparison.Ordinal)
            && l.Contains(" pages/s, 0 retries, ", StringComparison.Ordinal)
            && System.Text.RegularExpressions.Regex.IsMatch(l, @"request latency p50 [\d.]+ ms, p90 [\d.]+ ms, p99 [\d.]+ ms$"));
    }

    [Fact]
    public async Task A_quick_table_lookup_on_a_terminal_prints_no_bar_and_nothing_but_the_summary_on_stderr()
    {
        // The progress clock stands still: however slow the machine, the run ends before the bar's delay has passed.
        var run = await LookupAsync(console => console with { ErrorIsTerminal = true, ProgressClock = new FakeTimeProvider() }, "hello", "cat");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("\u001b[", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("words/s", run.Error, StringComparison.Ordinal);
        Assert.Equal(2, run.ErrorLines.Length);
        Assert.Contains("hello", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quiet_prints_neither_progress_nor_summary()
    {
        var run = await LookupAsync(console => console, "hello", "--format", "jsonl", "-q");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
    }

    private Task<CliRun> LookupAsync(Func<Scraper.Cli.CliConsole, Scraper.Cli.CliConsole> adjust, params string[] wordsAndOptions) =>
        CliRun.RunAsync("", adjust, ["lookup", .. wordsAndOptions, "--site", "macmillan-uk", "--base-url", site.BaseUrl.AbsoluteUri]);
}
