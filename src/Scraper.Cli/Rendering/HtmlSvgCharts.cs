using System.Globalization;
using System.Xml.Linq;
using Scraper.Benchmark;

namespace Scraper.Cli.Rendering;

/// <summary>The HTML report's small charts as inline SVG: bounds against the measured time, a histogram, a sweep.</summary>
internal static class HtmlSvgCharts
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>One bar per bound of a run and one for its measured median wall time, on one scale.</summary>
    public static XElement Bounds(BenchRun run)
    {
        var rows = run.Bounds.Select(b => (Label: BenchFormat.BoundName(b.Kind), b.Ms, Colour: b.Kind == run.Bound?.Kind ? "#4e79a7" : "#a0b4cc"))
            .Append((Label: "measured", Ms: run.WallMs.Median, Colour: "#e15759")).ToList();
        var top = Math.Max(1, rows.Max(r => r.Ms));
        const double left = 100, width = 250, row = 20;
        var svg = Chart(left + width + 70, (rows.Count * row) + 6, $"bounds of {BenchFormat.Label(run)}");
        for (var i = 0; i < rows.Count; i++)
        {
            var y = 3 + (i * row);
            var w = Math.Max(1, rows[i].Ms / top * width);
            svg.Add(Text(left - 6, y + 13, rows[i].Label, "end"), Rect(left, y + 2, w, row - 6, rows[i].Colour), Text(left + w + 6, y + 13, BenchFormat.Seconds(rows[i].Ms)));
        }

        return svg;
    }

    /// <summary>Each run's median page as one bar of its phases in the timeline's shades, on one scale.</summary>
    public static XElement Phases(IReadOnlyList<BenchRun> runs)
    {
        const double left = 100, width = 520, row = 22;
        var rows = runs.Where(run => run.PhasesMs is not null).Select(run => (Label: BenchFormat.Label(run), Parts: new (string Colour, string Name, double Ms)[]
        {
            ("#dddddd", "waiting for a slot", run.PhasesMs!.SlotWait.P50),
            (TimelineSvg.Shades[TimelinePhase.Polite].Colour, TimelineSvg.Shades[TimelinePhase.Polite].Name, run.PhasesMs.PoliteWait.P50),
            (TimelineSvg.Shades[TimelinePhase.Connect].Colour, TimelineSvg.Shades[TimelinePhase.Connect].Name, run.PhasesMs.Connect.P50),
            (TimelineSvg.Shades[TimelinePhase.FirstByte].Colour, TimelineSvg.Shades[TimelinePhase.FirstByte].Name, run.PhasesMs.FirstByte.P50),
            (TimelineSvg.Shades[TimelinePhase.Body].Colour, TimelineSvg.Shades[TimelinePhase.Body].Name, run.PhasesMs.Body.P50),
            (TimelineSvg.Shades[TimelinePhase.RetryWait].Colour, TimelineSvg.Shades[TimelinePhase.RetryWait].Name, run.PhasesMs.RetryWait.P50),
            (TimelineSvg.Shades[TimelinePhase.Parse].Colour, TimelineSvg.Shades[TimelinePhase.Parse].Name, run.PhasesMs.Parse.P50),
        })).ToList();
        var top = Math.Max(0.1, rows.Select(r => r.Parts.Sum(p => p.Ms)).DefaultIfEmpty(0.1).Max());
        var svg = Chart(left + width + 80, (rows.Count * row) + 36, "median phases of a page, per run");
        for (var i = 0; i < rows.Count; i++)
        {
            var (x, y) = (left, 4 + (i * row));
            svg.Add(Text(left - 6, y + 13, rows[i].Label, "end"));
            foreach (var (colour, name, ms) in rows[i].Parts.Where(p => p.Ms > 0))
            {
                var w = ms / top * width;
                var part = Rect(x, y + 2, Math.Max(w, 0.5), row - 6, colour);
                part.Add(new XElement(Svg + "title", $"{name}: {BenchFormat.Ms(ms)} ms"));
                svg.Add(part);
                x += w;
            }

            svg.Add(Text(x + 6, y + 13, $"{BenchFormat.Ms(rows[i].Parts.Sum(p => p.Ms))} ms"));
        }

        svg.Add(Text(left, (rows.Count * row) + 24, "median of each phase; shades as in the timeline; light grey: waiting for a slot"));
        return svg;
    }

    /// <summary>The ten-bucket picture of a run's page latencies.</summary>
    public static XElement Histogram(BenchRun run)
    {
        const double height = 120, barWidth = 44, left = 40;
        var buckets = run.Histogram;
        var most = Math.Max(1, buckets.Select(b => b.Count).DefaultIfEmpty(1).Max());
        const double top = 20;

        // Narrow buckets need their decimal, or neighbours would read the same.
        var fine = buckets.Count > 1 && buckets[^1].ToMs - buckets[0].FromMs < 5 * buckets.Count;
        var svg = Chart(left + (Math.Max(1, buckets.Count) * barWidth) + 20, top + height + 50, $"latency histogram of {BenchFormat.Label(run)}");
        for (var i = 0; i < buckets.Count; i++)
        {
            var h = buckets[i].Count / (double)most * height;
            var x = left + (i * barWidth);
            svg.Add(Rect(x + 2, top + height - h, barWidth - 4, Math.Max(h, 0.5), "#59a14f"),
                Text(x + (barWidth / 2), top + height - h - 4, buckets[i].Count.ToString(CultureInfo.InvariantCulture), "middle"),
                Text(x + (barWidth / 2), top + height + 16, Edge(buckets[i].ToMs, fine), "middle"));
        }

        svg.Add(Text(left, top + height + 36, "pages by latency, ms (each bar: up to the figure under it)"));
        return svg;
    }

    /// <summary>Measured median wall time at each concurrency, the bounds' prediction and the binding bound, on a log scale.</summary>
    public static XElement Sweep(BenchReport report)
    {
        const double left = 70, width = 560, height = 220, top = 16;
        var points = report.Sweep;
        var bounds = points.Select(p => report.Runs.FirstOrDefault(r => r.Mode == BenchMode.Async && r.Concurrency == p.Concurrency)?.Bound?.Ms).ToList();
        var values = points.Select(p => p.WallMs).Concat(points.Select(p => p.PredictedMs ?? p.WallMs)).Concat(bounds.Select(b => b ?? 1)).Where(v => v > 0).ToList();
        var (low, high) = (Math.Log10(Math.Max(0.1, values.Min() * 0.8)), Math.Log10(values.Max() * 1.25));
        double X(int i) => left + (points.Count == 1 ? width / 2 : i * width / (points.Count - 1));
        double Y(double ms) => top + height - ((Math.Log10(Math.Max(ms, 0.1)) - low) / Math.Max(high - low, 0.01) * height);
        var svg = Chart(left + width + 150, top + height + 40, "sweep: wall time against concurrency");
        svg.Add(new XElement(Svg + "line", A("x1", left), A("y1", top + height), A("x2", left + width), A("y2", top + height), new XAttribute("stroke", "#333")));
        Series(svg, points.Select((p, i) => (X(i), (double?)Y(p.WallMs))).ToList(), "#e15759", "measured", 0);
        Series(svg, points.Select((p, i) => (X(i), p.PredictedMs is { } ms ? Y(ms) : (double?)null)).ToList(), "#f28e2b", "predicted", 1, "5 4");
        Series(svg, bounds.Select((b, i) => (X(i), b is { } ms ? Y(ms) : (double?)null)).ToList(), "#4e79a7", "bound", 2, "2 3");
        for (var i = 0; i < points.Count; i++)
        {
            svg.Add(Text(X(i), top + height + 16, $"c={points[i].Concurrency.ToString(CultureInfo.InvariantCulture)}", "middle"),
                Text(X(i) + 6, Y(points[i].WallMs) - 6, BenchFormat.Ms(points[i].WallMs)));
        }

        svg.Add(Text(left, top + height + 34, "wall ms, log scale; predicted from the point before (its bound here × its own ratio)"));
        return svg;
    }

    private static void Series(XElement svg, List<(double X, double? Y)> points, string colour, string name, int legend, string? dash = null)
    {
        var drawn = points.Where(p => p.Y is not null).Select(p => $"{Number(p.X)},{Number(p.Y!.Value)}").ToList();
        if (drawn.Count == 0)
        {
            return;
        }

        var line = new XElement(Svg + "polyline", new XAttribute("points", string.Join(' ', drawn)), new XAttribute("fill", "none"), new XAttribute("stroke", colour), new XAttribute("stroke-width", "2"));
        if (dash is not null)
        {
            line.Add(new XAttribute("stroke-dasharray", dash));
        }

        svg.Add(line);
        foreach (var (x, y) in points.Where(p => p.Y is not null))
        {
            svg.Add(new XElement(Svg + "circle", A("cx", x), A("cy", y!.Value), A("r", 3.5), new XAttribute("fill", colour)));
        }

        svg.Add(Rect(650, 20 + (legend * 18), 12, 12, colour), Text(668, 30 + (legend * 18), name));
    }

    private static string Edge(double ms, bool fine) => fine ? ms.ToString("0.0", CultureInfo.InvariantCulture) : BenchFormat.Ms(ms);

    private static XElement Chart(double width, double height, string label) =>
        new(Svg + "svg", A("width", width), A("height", height), new XAttribute("viewBox", $"0 0 {Number(width)} {Number(height)}"),
            new XAttribute("role", "img"), new XAttribute("aria-label", label), new XAttribute("font-size", "12"), new XAttribute("font-family", "DejaVu Sans, Arial, sans-serif"));

    private static XElement Rect(double x, double y, double w, double h, string fill) =>
        new(Svg + "rect", A("x", x), A("y", y), A("width", w), A("height", h), new XAttribute("fill", fill));

    private static XElement Text(double x, double y, string text, string anchor = "start") =>
        new(Svg + "text", A("x", x), A("y", y), new XAttribute("text-anchor", anchor), new XAttribute("fill", "#222"), text);

    private static XAttribute A(string name, double value) => new(name, Number(value));

    private static string Number(double value) => Math.Round(value, 2).ToString(CultureInfo.InvariantCulture);
}
