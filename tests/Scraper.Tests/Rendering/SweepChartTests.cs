using Scraper.Benchmark;
using Scraper.Cli.Rendering;
using Scraper.Tests.Benchmark;
using Spectre.Console;

namespace Scraper.Tests.Rendering;

/// <summary>The sweep chart draws to scale: bars proportional to their values, every point, values outside the bars.</summary>
public sealed class SweepChartTests
{
    [Fact]
    public void A_ten_times_longer_wall_time_is_drawn_ten_times_as_long()
    {
        var (console, output) = Recorder();
        var report = Sweep(1000, 100);

        SweepChart.Render(console, report, BenchGlyphs.For(console));

        var bars = Bars(output.ToString());
        Assert.Equal(2, bars.Count);
        Assert.Equal(10.0, bars["c=1"] / bars["c=2"], 0.02);
    }

    [Fact]
    public void Every_point_is_drawn_even_a_tiny_one_and_its_value_follows_the_bar()
    {
        var (console, output) = Recorder();
        var report = Sweep(100_000, 40);

        SweepChart.Render(console, report, BenchGlyphs.For(console));

        var line = output.ToString().Split('\n').Single(l => l.TrimStart().StartsWith("c=2 ", StringComparison.Ordinal));
        Assert.True(Bars(output.ToString())["c=2"] > 0, line);
        Assert.EndsWith(" 40", line.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_unicode_the_bars_are_whole_cells_and_still_to_scale()
    {
        var (console, output) = Recorder(unicode: false);

        SweepChart.Render(console, Sweep(1000, 100), BenchGlyphs.For(console));

        var lines = output.ToString().Split('\n');
        var long1 = lines.Single(l => l.TrimStart().StartsWith("c=1 ", StringComparison.Ordinal)).Count(c => c == '#');
        var short2 = lines.Single(l => l.TrimStart().StartsWith("c=2 ", StringComparison.Ordinal)).Count(c => c == '#');
        Assert.Equal(10.0, long1 / (double)short2, 0.2);
    }

    private static BenchReport Sweep(double first, double second) =>
        BenchReportBuilder.Build(BenchSamples.Local(), [BenchSamples.Pass(BenchMode.Async, 1, first), BenchSamples.Pass(BenchMode.Async, 2, second)], identicalEntries: true);

    // A bar's length in eighths of a cell, by label: █ is 8, ▏ … ▉ are 1 … 7.
    private static Dictionary<string, int> Bars(string text)
    {
        const string blocks = " ▏▎▍▌▋▊▉█";
        return text.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith("c=", StringComparison.Ordinal))
            .ToDictionary(line => line.Split(' ')[0], line => line.Sum(c => Math.Max(0, blocks.IndexOf(c, StringComparison.Ordinal))));
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
