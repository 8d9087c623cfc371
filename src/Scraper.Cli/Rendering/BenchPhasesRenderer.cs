using System.Globalization;
using Scraper.Benchmark;
using Spectre.Console;

namespace Scraper.Cli.Rendering;

/// <summary>
/// Where the time went, per run: the median of each phase of a page, the connections opened, the cores kept busy,
/// a one-line latency histogram, and the sentence that says what bounded the run.
/// </summary>
internal static class BenchPhasesRenderer
{
    private const string Spark = "▁▂▃▄▅▆▇█";
    private const string AsciiSpark = ".:-=+*#@";

    public static void Render(IAnsiConsole console, BenchReport report, BenchGlyphs glyphs)
    {
        var runs = report.Runs.Where(run => run.PhasesMs is not null).ToList();
        if (runs.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Title("Where a page's time goes (median ms)")
            .AddColumn("Run");
        foreach (var header in new[] { "slot", "connect", "1st byte", "body", "parse", "opened", "cores" })
        {
            table.AddColumn(header, column => column.RightAligned());
        }

        foreach (var run in runs)
        {
            var phases = run.PhasesMs!;
            table.AddRow(
                Markup.Escape(Label(run)), BenchFormat.Ms(phases.SlotWait.P50), BenchFormat.Ms(phases.Connect.P50), BenchFormat.Ms(phases.FirstByte.P50),
                BenchFormat.Ms(phases.Body.P50), BenchFormat.Ms(phases.Parse.P50),
                (run.Connections?.Opened ?? 0).ToString("#,0", CultureInfo.InvariantCulture),
                run.CoresBusy.ToString("0.0", CultureInfo.InvariantCulture));
        }

        console.Write(table);
        var width = runs.Max(run => Label(run).Length);
        foreach (var run in runs.Where(run => run.Histogram.Count > 0))
        {
            console.MarkupLine($"[dim]{Markup.Escape(Label(run).PadRight(width))}[/] {Markup.Escape(Histogram(run.Histogram, glyphs))}");
        }

        foreach (var run in runs)
        {
            console.MarkupLine($"[bold]{Markup.Escape(Label(run))}[/]: {Markup.Escape(run.Explanation)}");
        }
    }

    /// <summary>"300–318 ms ▁▁█▂▁▁▁▁▁▁": the latency histogram, each bucket's height relative to the fullest.</summary>
    internal static string Histogram(IReadOnlyList<HistogramBucket> buckets, BenchGlyphs glyphs)
    {
        var levels = glyphs.Times == "×" ? Spark : AsciiSpark;
        var most = buckets.Max(bucket => bucket.Count);
        var bars = string.Concat(buckets.Select(bucket => bucket.Count == 0 ? ' ' : levels[Math.Max(0, (int)Math.Ceiling(bucket.Count * levels.Length / (double)most) - 1)]));
        return $"{BenchFormat.Ms(buckets[0].FromMs)}{glyphs.Dash}{BenchFormat.Ms(buckets[^1].ToMs)} ms {bars}";
    }

    private static string Label(BenchRun run) => run.Mode == BenchMode.Sync ? "sync" : $"{run.Mode.ToString().ToLowerInvariant()} c={run.Concurrency.ToString(CultureInfo.InvariantCulture)}";
}
