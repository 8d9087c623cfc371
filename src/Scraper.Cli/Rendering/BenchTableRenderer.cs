using System.Globalization;
using Scraper.Benchmark;
using Scraper.Results;
using Spectre.Console;

namespace Scraper.Cli.Rendering;

/// <summary>
/// The bench report in the terminal: notes that qualify it, runs, the headline speedup, identical entries, for a
/// sweep a table and a bar chart, and for a short list the definitions. Fits 80 columns; scraped text is cleaned, truncated and escaped.
/// </summary>
internal static class BenchTableRenderer
{
    public static void Render(IAnsiConsole console, BenchReport report, IReadOnlyList<LookupResult> results, IReadOnlyList<TimelinePass>? timeline = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(results);

        var glyphs = BenchGlyphs.For(console);
        var latency = report.LatencyMs is { } ms ? $"+{BenchFormat.Ms(ms)} ms latency" : "latency unknown";
        var dot = $" {glyphs.Dot} ";
        console.MarkupLine($"[bold]Bench[/] {report.Keywords} words{dot}{Markup.Escape(report.Site)}{dot}{Markup.Escape(report.BaseUrl)}{dot}{latency}");
        foreach (var note in report.Notes)
        {
            console.MarkupLine($"[yellow]{glyphs.Warning} {Markup.Escape(note)}[/]");
        }

        console.WriteLine();

        // Results first: the timings, then the sweep, and the definitions (a check that pages parsed) last.
        console.Write(Runs(report, glyphs));
        console.Write(Pages(report));
        console.WriteLine();
        console.MarkupLine($"[bold]{Markup.Escape(Headline(report, glyphs))}[/]");
        if (report.IdealAsyncMs is { } ideal && report.Efficiency is { } efficiency)
        {
            console.MarkupLine($"[dim]ideal {BenchFormat.Ms(ideal)} ms, efficiency {BenchFormat.Percent(efficiency)}[/]");
        }

        BenchBoundsRenderer.Render(console, report, glyphs);

        console.MarkupLine(report.IdenticalEntries
            ? "Identical entries: [green]yes[/]"
            : $"Identical entries: [bold red]no {glyphs.Dash} sync and async extracted different entries[/]");
        console.WriteLine();
        BenchPhasesRenderer.Render(console, report, glyphs);
        if (timeline is { Count: > 0 })
        {
            console.WriteLine();
            TimelineTerminal.Render(console, timeline, glyphs);
        }

        if (report.Sweep.Count > 0)
        {
            console.WriteLine();
            console.Write(Sweep(report, glyphs));
            SweepChart.Render(console, report, glyphs);
        }

        if (results.Count > 0)
        {
            console.WriteLine();
            console.Write(DefinitionsTable.Build(results.Select(DefinitionRow.From).ToList(), console.Profile.Width, glyphs));
        }
    }

    /// <summary>
    /// "sync 3,912 ms vs async 601 ms → 6.5× faster"; with --duration, where every pass takes the same time, the
    /// rates: "sync 3.2 pages/s vs async 37.5 pages/s → 11.7× the rate".
    /// </summary>
    internal static string Headline(BenchReport report, BenchGlyphs glyphs)
    {
        var sync = report.SyncRun();
        var async = report.FastestAsyncRun();
        var rates = report.DurationMs is not null;
        string Figure(BenchRun run) => rates ? $"{BenchFormat.Rate(run.PagesPerSecond)} pages/s" : $"{BenchFormat.Ms(run.WallMs.Median)} ms";
        var asyncText = async is null
            ? ""
            : $"async {Figure(async)}" + (report.Sweep.Count > 0 ? $" (concurrency {async.Concurrency})" : "");
        return (sync, async, report.Speedup) switch
        {
            (not null, not null, { } speedup) =>
                $"sync {Figure(sync)} vs {asyncText} {glyphs.Arrow} {(rates ? $"{BenchFormat.Times(speedup)}{glyphs.Times} the rate" : Comparison(speedup, glyphs))}",
            (not null, not null, null) =>
                $"sync {Figure(sync)} vs {asyncText}: no speedup claimed (see the note above)",
            (not null, null, _) => $"sync {Figure(sync)} (no async run to compare)",
            (_, not null, _) => $"{asyncText} (no sync run to compare)",
            _ => "No sync or async run.",
        };
    }

    private static string Comparison(double speedup, BenchGlyphs glyphs) => speedup >= 1
        ? $"{BenchFormat.Times(speedup)}{glyphs.Times} faster"
        : $"{BenchFormat.Times(1 / speedup)}{glyphs.Times} slower";

    // Eight figures per run do not fit 80 columns in one table: wall-clock figures in one, per-page figures in another.
    private static Table Runs(BenchReport report, BenchGlyphs glyphs)
    {
        var table = RunTable("Runs", "Wall ms median (min" + glyphs.Dash + "max)", "Pages/s", "Retries", "Bytes");
        foreach (var run in report.Runs)
        {
            table.AddRow(
                Mode(run), Count(run.Concurrency), BenchFormat.Wall(run, glyphs.Dash), BenchFormat.Rate(run.PagesPerSecond),
                Count(run.Retries), BenchFormat.Bytes(run.Bytes));
        }

        return table;
    }

    private static Table Pages(BenchReport report)
    {
        var table = RunTable("Page latency and statuses", "p50 ms", "p90 ms", "p99 ms", "p99.9", "max ms");
        table.AddColumn("Statuses");
        foreach (var run in report.Runs)
        {
            table.AddRow(
                Mode(run), Count(run.Concurrency), BenchFormat.Ms(run.LatencyMs.P50), BenchFormat.Ms(run.LatencyMs.P90),
                BenchFormat.Ms(run.LatencyMs.P99), BenchFormat.Ms(run.LatencyMs.P999), BenchFormat.Ms(run.LatencyMs.Max), Markup.Escape(BenchFormat.Statuses(run.Statuses)));
        }

        return table;
    }

    private static Table RunTable(string title, params string[] figures)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(title)
            .AddColumn("Mode")
            .AddColumn("C", column => column.RightAligned());
        foreach (var figure in figures)
        {
            table.AddColumn(figure, column => column.RightAligned());
        }

        return table;
    }

    private static string Mode(BenchRun run) => run.Mode.ToString().ToLowerInvariant();

    private static string Count(int value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    private static Table Sweep(BenchReport report, BenchGlyphs glyphs)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Async concurrency sweep")
            .AddColumn("Concurrency", column => column.RightAligned())
            .AddColumn("Wall ms (median)", column => column.RightAligned())
            .AddColumn("Predicted", column => column.RightAligned())
            .AddColumn("Speedup", column => column.RightAligned())
            .AddColumn("Ideal ms", column => column.RightAligned())
            .AddColumn("Efficiency", column => column.RightAligned());
        foreach (var point in report.Sweep)
        {
            table.AddRow(
                Count(point.Concurrency),
                BenchFormat.Ms(point.WallMs),
                point.PredictedMs is { } predicted ? BenchFormat.Ms(predicted) : glyphs.Dash,
                point.Speedup is { } speedup ? $"{BenchFormat.Times(speedup)}{glyphs.Times}" : glyphs.Dash,
                point.IdealAsyncMs is { } ideal ? BenchFormat.Ms(ideal) : glyphs.Dash,
                point.Efficiency is { } efficiency ? BenchFormat.Percent(efficiency) : glyphs.Dash);
        }

        return table;
    }
}
