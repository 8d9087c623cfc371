using Scraper.Benchmark;
using Scraper.Cli.Rendering;
using Scraper.Tests.Benchmark;
using Spectre.Console;

namespace Scraper.Tests.Rendering;

public sealed class BenchTableRendererTests
{
    [Fact]
    public void The_terminal_report_has_the_headline_and_fits_80_columns()
    {
        PassSample[] passes = [BenchSamples.Pass(BenchMode.Sync, 1, 3912), BenchSamples.Pass(BenchMode.Async, 8, 601), BenchSamples.Pass(BenchMode.Async, 8, 640)];
        var report = BenchReportBuilder.Build(BenchSamples.Local(), passes, identicalEntries: true);
        var (console, output) = Recorder();

        BenchTableRenderer.Render(console, report, BenchResults.Sample());

        var text = output.ToString();
        Assert.Contains("sync 3,912 ms vs async 621 ms → 6.3× faster", text, StringComparison.Ordinal);
        Assert.Contains("Identical entries: yes", text, StringComparison.Ordinal);
        Assert.All(text.Split('\n'), line => Assert.True(line.TrimEnd().Length <= 80, $"{line.Length}: {line}"));
        TestContext.Current.SendDiagnosticMessage(text);
    }

    [Fact]
    public void Long_definitions_are_cut_with_an_ellipsis_and_markup_in_scraped_text_is_shown_literally()
    {
        var report = BenchReportBuilder.Build(BenchSamples.Local(), [BenchSamples.Pass(BenchMode.Async, 8, 600)], identicalEntries: false);
        var (console, output) = Recorder();

        BenchTableRenderer.Render(console, report, BenchResults.Sample());

        var text = output.ToString();
        Assert.Contains("to be very strongly", text, StringComparison.Ordinal);
        Assert.DoesNotContain("more than anyone else", text, StringComparison.Ordinal);
        Assert.Contains("…", text, StringComparison.Ordinal);
        Assert.Contains("[for]", text, StringComparison.Ordinal);
        Assert.Contains("Identical entries: no", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sweep_renders_its_table_and_a_bar_chart_of_each_concurrency()
    {
        PassSample[] passes =
        [
            BenchSamples.Pass(BenchMode.Sync, 1, 3900), BenchSamples.Pass(BenchMode.Async, 1, 3950),
            BenchSamples.Pass(BenchMode.Async, 4, 1200), BenchSamples.Pass(BenchMode.Async, 16, 310),
        ];
        var report = BenchReportBuilder.Build(BenchSamples.Local(), passes, identicalEntries: true);
        var (console, output) = Recorder();

        BenchTableRenderer.Render(console, report, BenchResults.Sample());

        var text = output.ToString();
        Assert.Contains("Async concurrency sweep", text, StringComparison.Ordinal);
        Assert.Contains("Median async wall ms by concurrency", text, StringComparison.Ordinal);
        Assert.Contains("c=16", text, StringComparison.Ordinal);
        Assert.Contains("async 310 ms (concurrency 16) → 12.6× faster", text, StringComparison.Ordinal);
        Assert.All(text.Split('\n'), line => Assert.True(line.TrimEnd().Length <= 80, $"{line.Length}: {line}"));
        TestContext.Current.SendDiagnosticMessage(text);
    }

    [Fact]
    public void A_terminal_without_unicode_gets_an_ascii_headline()
    {
        PassSample[] passes = [BenchSamples.Pass(BenchMode.Sync, 1, 3912), BenchSamples.Pass(BenchMode.Async, 8, 601)];
        var report = BenchReportBuilder.Build(BenchSamples.Local(), passes, identicalEntries: true);
        var (console, output) = Recorder(unicode: false);

        BenchTableRenderer.Render(console, report, BenchResults.Sample());

        Assert.Contains("sync 3,912 ms vs async 601 ms -> 6.5x faster", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("attracted to someone in a", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("...", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_sync_run_the_headline_says_there_is_nothing_to_compare()
    {
        var report = BenchReportBuilder.Build(BenchSamples.Local(), [BenchSamples.Pass(BenchMode.Async, 8, 601)], identicalEntries: true);
        var (console, output) = Recorder();

        BenchTableRenderer.Render(console, report, []);

        Assert.Contains("async 601 ms (no sync run to compare)", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Definitions", output.ToString(), StringComparison.Ordinal);
    }

    private static (IAnsiConsole Console, StringWriter Output) Recorder(bool unicode = true)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 80;
        console.Profile.Capabilities.Unicode = unicode;
        return (console, output);
    }
}
