using System.Globalization;
using System.Xml.Linq;
using Scraper.Benchmark;

namespace Scraper.Cli.Rendering;

/// <summary>
/// `bench --report PATH.html`: one self-contained page (inline CSS and SVG; no script, font or image fetched) with
/// the verdicts, the bounds, the runs, the phases, the histograms, the sweep and the timeline. Built as XML, so every
/// word in it is escaped; HTML elements are never written empty (an HTML parser does not close "&lt;div/&gt;").
/// </summary>
internal static class BenchHtmlReport
{
    private const string Style = """
        body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 24px auto; max-width: 1240px; color: #222; background: #fff; }
        h1 { font-size: 24px; margin-bottom: 4px; } h2 { font-size: 18px; margin-top: 28px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
        table { border-collapse: collapse; font-size: 13px; margin: 8px 0; } th, td { border: 1px solid #ccc; padding: 4px 8px; text-align: right; }
        th { background: #f3f3f3; text-align: left; } td.text { text-align: left; }
        .run, #histogram figure { display: inline-block; vertical-align: top; margin-right: 28px; }
        .notes li { color: #8a5a00; } .verdict { font-size: 15px; } .sub { color: #555; font-size: 13px; } figure { margin: 8px 0 16px; }
        """;

    public static string Render(BenchReport report, IReadOnlyList<TimelinePass> timeline)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(timeline);
        var body = new XElement("body",
            E("h1", $"Bench: {report.Keywords.ToString("#,0", CultureInfo.InvariantCulture)} words on {report.Site}"),
            E("p", $"{report.BaseUrl}, {(report.LatencyMs is { } ms ? $"{ms.ToString(CultureInfo.InvariantCulture)} ms added latency" : "latency unknown")}", "sub"));
        if (report.Notes.Count > 0)
        {
            body.Add(new XElement("ul", new XAttribute("class", "notes"), report.Notes.Select(note => E("li", note))));
        }

        body.Add(E("h2", "Verdict"), E("p", BenchTableRenderer.Headline(report, new BenchGlyphs("→", "×", "…", "–", "·", "⚠", "")), "verdict"));
        body.Add(new XElement("ul", new XAttribute("id", "verdicts"), BenchVerdicts.Bounds(report).Concat(BenchVerdicts.Arrivals(report)).Concat(BenchVerdicts.Comparison(report)).Select(line => E("li", line))));
        body.Add(E("p", $"Identical entries: {(report.IdenticalEntries ? "yes" : "no")}"));

        if (report.Sweep.Count > 0)
        {
            body.Add(Section("sweep", "Sweep", new XElement("figure", HtmlSvgCharts.Sweep(report)), Table(
                ["Concurrency", "Wall ms", "Predicted ms", "Ideal ms", "Efficiency"],
                report.Sweep.Select(p => new[]
                {
                    p.Concurrency.ToString(CultureInfo.InvariantCulture), BenchFormat.Ms(p.WallMs), p.PredictedMs is { } ms ? BenchFormat.Ms(ms) : "–",
                    p.IdealAsyncMs is { } ideal ? BenchFormat.Ms(ideal) : "–", p.Efficiency is { } e ? BenchFormat.Percent(e) : "–",
                }))));
        }

        body.Add(Section("bounds", "Bounds", report.Runs.Where(run => run.Bound is not null).Select(run => new XElement("div", new XAttribute("class", "run"),
            E("h3", BenchFormat.Label(run)),
            new XElement("figure", HtmlSvgCharts.Bounds(run)),
            Table(["Bound", "Seconds", "From"], run.Bounds.Select(b => new[] { BenchFormat.BoundName(b.Kind), BenchFormat.Seconds(b.Ms), b.Basis }))))));
        body.Add(Section("runs", "Runs", Table(
            ["Mode", "C", "Wall ms median (min–max)", "Pages/s", "Latency ms p50/p90/p99/p99.9/max", "Statuses", "CPU ms", "Cores busy"],
            report.Runs.Select(run => new[]
            {
                BenchFormat.Label(run), run.Concurrency.ToString(CultureInfo.InvariantCulture), BenchFormat.Wall(run), BenchFormat.Rate(run.PagesPerSecond),
                BenchFormat.Latencies(run.LatencyMs), BenchFormat.Statuses(run.Statuses), BenchFormat.Ms(run.CpuMs), run.CoresBusy.ToString("0.00", CultureInfo.InvariantCulture),
            }))));
        body.Add(Section("phases", "Phases (ms per page, p50 / p99)", new XElement("figure", HtmlSvgCharts.Phases(report.Runs)), Table(
            ["Run", "Slot", "Host rate", "Connect", "First byte", "Body", "Retry wait", "Parse"],
            report.Runs.Where(run => run.PhasesMs is not null).Select(run => new[]
            {
                BenchFormat.Label(run), Pair(run.PhasesMs!.SlotWait), Pair(run.PhasesMs.PoliteWait), Pair(run.PhasesMs.Connect), Pair(run.PhasesMs.FirstByte),
                Pair(run.PhasesMs.Body), Pair(run.PhasesMs.RetryWait), Pair(run.PhasesMs.Parse),
            })), new XElement("ul", report.Runs.Select(run => E("li", $"{BenchFormat.Label(run)}: {run.Explanation}")))));
        body.Add(Section("histogram", "Latency histogram", report.Runs.Where(run => run.Histogram.Count > 0)
            .Select(run => new XElement("figure", HtmlSvgCharts.Histogram(run), E("figcaption", BenchFormat.Label(run), "sub")))));
        if (timeline.Count > 0)
        {
            body.Add(Section("timeline", "Timeline", new XElement("figure", TimelineSvg.Build(report, timeline).Root)));
        }

        var html = new XElement("html", new XAttribute("lang", "en"),
            new XElement("head", new XElement("meta", new XAttribute("charset", "utf-8")), E("title", $"Bench: {report.Site}"), new XElement("style", Style)),
            body);
        return "<!DOCTYPE html>\n" + html.ToString(SaveOptions.DisableFormatting) + "\n";
    }

    private static XElement Section(string id, string title, params object[] content) =>
        new("section", new XAttribute("id", id), E("h2", title), content);

    private static XElement Table(string[] headers, IEnumerable<string[]> rows) =>
        new("table",
            new XElement("thead", new XElement("tr", headers.Select(h => E("th", h)))),
            new XElement("tbody", rows.Select(row => new XElement("tr", row.Select((cell, i) => E("td", cell, i == 0 || cell.Length > 24 ? "text" : null))))));

    // Never an empty element: "" keeps the closing tag that an HTML parser needs.
    private static XElement E(string name, string text, string? cssClass = null)
    {
        var element = new XElement(name, text.Length == 0 ? "–" : text);
        if (cssClass is not null)
        {
            element.Add(new XAttribute("class", cssClass));
        }

        return element;
    }

    private static string Pair(LatencyPercentiles latency) => $"{BenchFormat.Ms(latency.P50)} / {BenchFormat.Ms(latency.P99)}";
}
