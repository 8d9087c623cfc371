using Scraper.Benchmark;

namespace Scraper.Tests.Benchmark;

public sealed class BenchReportMarkdownTests
{
    [Fact]
    public void The_markdown_has_the_definitions_and_runs_tables_the_speedup_line_and_identical_entries()
    {
        PassSample[] passes = [BenchSamples.Pass(BenchMode.Sync, 1, 7380), BenchSamples.Pass(BenchMode.Async, 8, 600)];
        var report = BenchReportBuilder.Build(BenchSamples.Local(), passes, identicalEntries: true);

        var markdown = BenchReportMarkdown.Render(report, BenchResults.Sample());

        Assert.Contains("| Word | Headword | Part of speech | First definition |", markdown, StringComparison.Ordinal);
        Assert.Contains("| love | love | verb | to be very strongly attracted", markdown, StringComparison.Ordinal);
        Assert.Contains("| zzxq |  |  | not-found |", markdown, StringComparison.Ordinal);
        Assert.Contains("| sync | 1 | 7,380 | 1.8 | 300/300/300/300/300 | 200: 13 | 0 | 12.7 KiB |", markdown, StringComparison.Ordinal);
        Assert.Contains("async is 12.3× faster than sync (ideal 600 ms, efficiency 100%)", markdown, StringComparison.Ordinal);
        Assert.Contains("Identical entries: yes", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("## Sweep", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Pipes_in_scraped_text_are_escaped_so_they_do_not_split_the_cell()
    {
        var report = BenchReportBuilder.Build(BenchSamples.Local(), [BenchSamples.Pass(BenchMode.Async, 8, 600)], identicalEntries: true);

        var markdown = BenchReportMarkdown.Render(report, BenchResults.Sample());

        Assert.Contains("| a tube \\| a channel [for] water or gas |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sweep_adds_its_table_and_names_the_concurrency_of_the_speedup()
    {
        PassSample[] passes = [BenchSamples.Pass(BenchMode.Sync, 1, 3900), BenchSamples.Pass(BenchMode.Async, 2, 2100), BenchSamples.Pass(BenchMode.Async, 8, 620)];
        var report = BenchReportBuilder.Build(BenchSamples.Local(), passes, identicalEntries: false);

        var markdown = BenchReportMarkdown.Render(report, BenchResults.Sample());

        Assert.Contains("## Sweep", markdown, StringComparison.Ordinal);
        Assert.Contains("| 2 | 2,100 | – | 1.9× | 2,100 | 100% |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 8 | 620 | 600 | 6.3× | 600 | 97% |", markdown, StringComparison.Ordinal);
        Assert.Contains("bound: latency waves 0.60 s; measured 0.62 s = 1.03× (async c=8)", markdown, StringComparison.Ordinal);
        Assert.Contains("async at concurrency 8 is 6.3× faster than sync (ideal 600 ms, efficiency 97%)", markdown, StringComparison.Ordinal);
        Assert.Contains("Identical entries: no", markdown, StringComparison.Ordinal);
    }
}
