using System.Globalization;
using System.Text;

namespace Scraper.Benchmark;

/// <summary>The bounds section of the markdown report: per run, the bound that binds, the ratio, every bound's basis, Little's law.</summary>
internal static class BenchBoundsMarkdown
{
    public static void Append(StringBuilder markdown, BenchReport report)
    {
        var bound = report.Runs.Where(run => run.Bound is not null).ToList();
        if (bound.Count > 0)
        {
            markdown.AppendLine("## Bounds").AppendLine();
            foreach (var run in bound)
            {
                var useful = run.UsefulConcurrency is { } u ? $"; useful concurrency {BenchFormat.Rate(u)}" : "";
                markdown.AppendLine(CultureInfo.InvariantCulture, $"- **{BenchChecks.Label(run)}**: {BenchFormat.Bound(run)}{useful}");
                foreach (var floor in run.Bounds)
                {
                    var binds = floor.Kind == run.Bound!.Kind ? " (binds)" : "";
                    markdown.AppendLine(CultureInfo.InvariantCulture, $"  - {BenchFormat.BoundName(floor.Kind)} {BenchFormat.Seconds(floor.Ms)}: {floor.Basis}{binds}");
                }
            }

            markdown.AppendLine();
        }

        Section(markdown, "## Open model", BenchVerdicts.Arrivals(report));
        Section(markdown, report.Comparison is { } c ? $"## Compared with baseline '{c.Baseline}'" : "", BenchVerdicts.Comparison(report));
    }

    private static void Section(StringBuilder markdown, string title, IEnumerable<string> lines)
    {
        var all = lines.ToList();
        if (all.Count == 0)
        {
            return;
        }

        markdown.AppendLine(title).AppendLine();
        foreach (var line in all)
        {
            markdown.AppendLine(CultureInfo.InvariantCulture, $"- {line.Replace("|", "\\|", StringComparison.Ordinal)}");
        }

        markdown.AppendLine();
    }

    /// <summary>"bound: latency waves 0.60 s; measured 0.63 s = 1.05× (async c=8)" for the run the headline describes.</summary>
    public static string? Headline(BenchReport report)
    {
        var run = report.FastestAsyncRun() ?? report.Runs.FirstOrDefault();
        return run is null || BenchFormat.Bound(run) is not { } line ? null : $"{line} ({BenchChecks.Label(run)})";
    }
}
