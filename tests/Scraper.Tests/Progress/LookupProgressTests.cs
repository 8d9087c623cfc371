using Scraper.Tests.Cli;
using Microsoft.Extensions.Time.Testing;
using Scraper.Cli.Commands;
using Scraper.LocalSite;
using Scraper.Tests.Support;
using Site = Scraper.LocalSite.LocalSite;

namespace Scraper.Tests.Progress;

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
    public async Task A_quick_table_lookup_of_a_few_words_on_a_terminal_prints_its_entries_and_nothing_else()
    {
        // Arrange: a clock that does not move, so the run is never "long"
        var time = new FakeTimeProvider();

        // Act
        var run = await LookupAsync(console => console with { ErrorIsTerminal = true, Time = time }, "hello", "cat");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains("hello", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("batch")]
    [InlineData("-v")]
    [InlineData("-o")]
    [InlineData("long")]
    public async Task On_a_terminal_the_summary_shows_for_a_batch_with_v_with_o_or_after_two_seconds(string why)
    {
        // Arrange: "long" reads 3 s off the clock at every look, so the run lasts at least that
        var time = new FakeTimeProvider { AutoAdvanceAmount = why == "long" ? TimeSpan.FromSeconds(3) : TimeSpan.Zero };
        using var folder = new TempDirectory();
        string[] args = why switch
        {
            "batch" => BatchFiles.Words(SummaryRule.BatchWords + 1),
            "-v" => ["hello", "-v"],
            "-o" => ["hello", "-o", Path.Combine(folder.Path, "out.jsonl")],
            _ => ["hello"],
        };

        // Act
        var run = await LookupAsync(console => console with { ErrorIsTerminal = true, Time = time }, args);

        // Assert
        Assert.Equal(0, run.ExitCode);
        var words = why == "batch" ? SummaryRule.BatchWords + 1 : 1;
        Assert.Contains(run.ErrorLines, l => l.Contains($"INF] {words}/{words} words in ", StringComparison.Ordinal) == (why == "-v")
            && l.Contains($"{words}/{words} words in ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task On_a_terminal_the_summary_and_warnings_are_sentences_without_time_and_level()
    {
        // Arrange: a batch, whose summary always shows; one word the site refuses, for a warning
        var time = new FakeTimeProvider();

        // Act
        var run = await LookupAsync(console => console with { ErrorIsTerminal = true, Time = time }, [.. BatchFiles.Words(SummaryRule.BatchWords + 1), "--format", "jsonl"]);

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.StartsWith($"{SummaryRule.BatchWords + 1}/{SummaryRule.BatchWords + 1} words in ", StringComparison.Ordinal));
        Assert.DoesNotContain(run.ErrorLines, l => l.StartsWith('['));
    }

    [Fact]
    public async Task A_run_where_no_page_arrived_says_so_instead_of_a_rate_of_pages()
    {
        // Arrange: a port nobody listens on, so that every connection is refused
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        // Act
        var run = await CliRun.RunAsync("lookup", "love", "--site", "macmillan", "--base-url", $"http://127.0.0.1:{port}", "--ignore-robots", "--retries", "0", "--format", "jsonl");

        // Assert
        Assert.Equal(3, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.EndsWith("No page arrived: 1 request ended without an answer from the site (each word's error says why)", StringComparison.Ordinal));
        Assert.DoesNotContain("pages/s", run.Error, StringComparison.Ordinal);
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
