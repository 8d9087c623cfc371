using System.Globalization;
using System.Text;
using Scraper.Results;

namespace Scraper.Benchmark;

/// <summary>The bench report as GitHub-flavoured markdown: definitions, runs, speedup, identical entries, sweep.</summary>
public static class BenchReportMarkdown
{
    public static string Render(BenchReport report, IReadOnlyList<LookupResult> results)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(results);

        var markdown = new StringBuilder();
        markdown.AppendLine(CultureInfo.InvariantCulture, $"# Bench: {report.Keywords} words on {Escape(report.Site)}")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"{Escape(report.BaseUrl)}, {Latency(report)}.")
            .AppendLine();

        if (results.Count > 0)
        {
            markdown.AppendLine("## Definitions").AppendLine();
            Table(markdown, ["Word", "Headword", "Part of speech", "First definition"], "|:--|:--|:--|:--|",
                results.Select(DefinitionRow.From).Select(row => new[] { row.Word, row.Headword, row.PartOfSpeech, row.Definition }));
        }

        markdown.AppendLine("## Runs").AppendLine();
        Table(markdown, ["Mode", "Concurrency", "Wall ms, median (min–max)", "Pages/s", "Latency ms p50/p90/p99/p99.9/max", "Statuses", "Retries", "Bytes"],
            "|:--|--:|--:|--:|--:|:--|--:|--:|",
            report.Runs.Select(run => new[]
            {
                Mode(run.Mode), Number(run.Concurrency), BenchFormat.Wall(run), BenchFormat.Rate(run.PagesPerSecond),
                BenchFormat.Latencies(run.LatencyMs), BenchFormat.Statuses(run.Statuses), Number(run.Retries), BenchFormat.Bytes(run.Bytes),
            }));

        markdown.AppendLine(Speedup(report)).AppendLine();
        if (BenchBoundsMarkdown.Headline(report) is { } bound)
        {
            markdown.AppendLine(Escape(bound)).AppendLine();
        }

        markdown.AppendLine(CultureInfo.InvariantCulture, $"Identical entries: {(report.IdenticalEntries ? "yes" : "no")}")
            .AppendLine();
        BenchBoundsMarkdown.Append(markdown, report);

        var detailed = report.Runs.Where(run => run.PhasesMs is not null).ToList();
        if (detailed.Count > 0)
        {
            markdown.AppendLine("## Where the time goes").AppendLine();
            Table(markdown, ["Mode", "Concurrency", "Slot ms p50/p99", "Connect ms p50/p99", "First byte ms p50/p99", "Body ms p50/p99", "Parse ms p50/p99", "Opened/reused", "CPU ms", "Cores busy"],
                "|:--|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
                detailed.Select(run => new[]
                {
                    Mode(run.Mode), Number(run.Concurrency), Pair(run.PhasesMs!.SlotWait), Pair(run.PhasesMs.Connect), Pair(run.PhasesMs.FirstByte),
                    Pair(run.PhasesMs.Body), Pair(run.PhasesMs.Parse), $"{Number(run.Connections?.Opened ?? 0)}/{Number(run.Connections?.Reused ?? 0)}",
                    BenchFormat.Ms(run.CpuMs), run.CoresBusy.ToString("0.00", CultureInfo.InvariantCulture),
                }));
            foreach (var run in detailed)
            {
                markdown.AppendLine(CultureInfo.InvariantCulture, $"- **{Mode(run.Mode)} {Number(run.Concurrency)}**: {Escape(run.Explanation)}");
            }

            markdown.AppendLine();
        }

        if (report.Sweep.Count > 0)
        {
            markdown.AppendLine("## Sweep").AppendLine();
            Table(markdown, ["Concurrency", "Wall ms (median)", "Predicted ms", "Speedup", "Ideal ms", "Efficiency"], "|--:|--:|--:|--:|--:|--:|",
                report.Sweep.Select(point => new[]
                {
                    Number(point.Concurrency), BenchFormat.Ms(point.WallMs), point.PredictedMs is { } predicted ? BenchFormat.Ms(predicted) : "–",
                    point.Speedup is { } speedup ? $"{BenchFormat.Times(speedup)}×" : "–",
                    point.IdealAsyncMs is { } ideal ? BenchFormat.Ms(ideal) : "–",
                    point.Efficiency is { } efficiency ? BenchFormat.Percent(efficiency) : "–",
                }));
        }

        return markdown.ToString().TrimEnd() + "\n";
    }

    /// <summary>"async is 12.3× faster than sync (ideal 600 ms, efficiency 95%)".</summary>
    private static string Speedup(BenchReport report)
    {
        if (report.Speedup is not { } speedup)
        {
            return "No speedup: it needs both a sync and an async run.";
        }

        var async = report.Sweep.Count > 0 ? $"async at concurrency {Number(report.FastestAsyncRun()!.Concurrency)}" : "async";
        // --duration: every pass took the same time, so the comparison is of rates.
        var comparison = report.DurationMs is not null ? $"{BenchFormat.Times(speedup)}× the rate of"
            : speedup >= 1
            ? $"{BenchFormat.Times(speedup)}× faster than"
            : $"{BenchFormat.Times(1 / speedup)}× slower than";
        var ideal = report.IdealAsyncMs is { } idealMs && report.Efficiency is { } efficiency
            ? $" (ideal {BenchFormat.Ms(idealMs)} ms, efficiency {BenchFormat.Percent(efficiency)})"
            : "";
        return $"{async} is {comparison} sync{ideal}";
    }

    private static string Latency(BenchReport report) =>
        report.LatencyMs is { } latency ? $"{Number(latency)} ms added latency" : "latency unknown";

    private static void Table(StringBuilder markdown, string[] headers, string alignment, IEnumerable<string[]> rows)
    {
        markdown.AppendLine(Row(headers)).AppendLine(alignment);
        foreach (var row in rows)
        {
            markdown.AppendLine(Row(row));
        }

        markdown.AppendLine();
    }

    private static string Row(IEnumerable<string> cells) => $"| {string.Join(" | ", cells.Select(Escape))} |";

    // A pipe would end the cell; everything else scraped has already been cleaned to one line.
    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static string Pair(LatencyPercentiles latency) => $"{BenchFormat.Ms(latency.P50)}/{BenchFormat.Ms(latency.P99)}";

    private static string Mode(BenchMode mode) => mode.ToString().ToLowerInvariant();

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
