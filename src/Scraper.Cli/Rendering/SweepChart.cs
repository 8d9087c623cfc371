using System.Globalization;
using System.Text;
using Scraper.Benchmark;
using Spectre.Console;

namespace Scraper.Cli.Rendering;

/// <summary>
/// The sweep's median async wall times as horizontal bars, each proportional to its value to an eighth of a cell
/// (a 10× difference is drawn 10× as long), every point drawn, the value printed after the bar, never in it.
/// </summary>
internal static class SweepChart
{
    private const int MaxBarWidth = 50;

    public static void Render(IAnsiConsole console, BenchReport report, BenchGlyphs glyphs)
    {
        var points = report.Sweep;
        var fastest = points.MinBy(point => point.WallMs);
        var labels = points.Select(point => $"c={point.Concurrency.ToString(CultureInfo.InvariantCulture)}").ToList();
        var values = points.Select(point => BenchFormat.Ms(point.WallMs)).ToList();
        var labelWidth = labels.Max(label => label.Length);
        var width = Math.Clamp(console.Profile.Width - labelWidth - values.Max(v => v.Length) - 4, 10, MaxBarWidth);
        var max = points.Max(point => point.WallMs);

        console.MarkupLine("[bold]Median async wall ms by concurrency[/] [dim](bars to scale)[/]");
        for (var i = 0; i < points.Count; i++)
        {
            var colour = ReferenceEquals(points[i], fastest) ? "green" : "blue";
            var bar = Bar(points[i].WallMs, max, width, glyphs);
            console.MarkupLine($"{labels[i].PadLeft(labelWidth)} [{colour}]{bar}[/] {values[i]}");
        }
    }

    /// <summary>The bar of <paramref name="value"/> on a scale where <paramref name="max"/> fills <paramref name="width"/> cells.</summary>
    internal static string Bar(double value, double max, int width, BenchGlyphs glyphs)
    {
        var eighths = Eighths(value, max, width);
        var steps = glyphs.Blocks.Length - 1;
        var bar = new StringBuilder().Append(glyphs.Blocks[steps], eighths / 8);
        var rest = eighths % 8;
        if (rest > 0)
        {
            // Without eighths (ASCII), a part cell is rounded to a whole one or none; a point is still drawn.
            var glyph = glyphs.Blocks[rest * steps / 8];
            bar.Append(glyph == ' ' && bar.Length == 0 ? glyphs.Blocks[steps] : glyph);
        }

        return bar.ToString().TrimEnd();
    }

    /// <summary>The bar's length in eighths of a cell; at least one for any positive value, so that every point shows.</summary>
    internal static int Eighths(double value, double max, int width)
    {
        if (value <= 0 || max <= 0)
        {
            return 0;
        }

        return Math.Max(1, (int)Math.Round(value / max * width * 8, MidpointRounding.AwayFromZero));
    }
}
