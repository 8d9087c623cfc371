using Scraper.Benchmark;
using Spectre.Console;

namespace Scraper.Cli.Rendering;

/// <summary>Under the headline: each run's bound and ratio, the open model's figures, the comparison with a baseline.</summary>
internal static class BenchBoundsRenderer
{
    public static void Render(IAnsiConsole console, BenchReport report, BenchGlyphs glyphs)
    {
        // One line a run fits 80 columns; the useful concurrency goes under it, where a concurrency was chosen.
        foreach (var run in report.Runs.Where(run => run.Bound is not null))
        {
            console.MarkupLine(Markup.Escape($"{BenchFormat.Label(run)}: {BenchFormat.Bound(run, glyphs.Times)}"));
            if (run.Mode != BenchMode.Sync && run.UsefulConcurrency is { } useful)
            {
                console.MarkupLine($"[dim]  Little's law: useful concurrency {Markup.Escape(BenchFormat.Rate(useful))}[/]");
            }
        }

        foreach (var line in BenchVerdicts.Arrivals(report))
        {
            console.MarkupLine(Markup.Escape(line));
        }

        foreach (var line in BenchVerdicts.Comparison(report, glyphs.Dash))
        {
            var colour = line.StartsWith("warning:", StringComparison.Ordinal) || line.Contains("a regression", StringComparison.Ordinal) ? "yellow"
                : line.EndsWith(BaselineComparison.Faster, StringComparison.Ordinal) ? "green" : "default";
            console.MarkupLine($"[{colour}]{Markup.Escape(line)}[/]");
        }
    }
}
