using System.Globalization;
using System.Xml.Linq;
using Scraper.Benchmark;
using Scraper.Results;

namespace Scraper.Cli.Rendering;

/// <summary>
/// `bench --timeline PATH.svg`: a self-contained SVG of the sync and async passes on one time axis, one row per
/// request slot, each request a bar in the shades of its phases, with axis, legend, wall times and speedup.
/// Built as XML, so every word in it is escaped.
/// </summary>
internal static class TimelineSvg
{
    private const double Width = 1200;
    private const double Left = 120;
    private const double Right = 30;
    private const double PlotWidth = Width - Left - Right;
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static readonly IReadOnlyDictionary<TimelinePhase, (string Colour, string Name)> Shades = new Dictionary<TimelinePhase, (string, string)>
    {
        [TimelinePhase.Polite] = ("#bdbdbd", "waiting for the host's rate or pause"),
        [TimelinePhase.Connect] = ("#f28e2b", "connecting"),
        [TimelinePhase.FirstByte] = ("#4e79a7", "waiting for the first byte"),
        [TimelinePhase.Body] = ("#59a14f", "reading the body"),
        [TimelinePhase.RetryWait] = ("#e15759", "waiting to retry"),
        [TimelinePhase.Parse] = ("#b07aa1", "parsing"),
    };

    public static XDocument Build(BenchReport report, IReadOnlyList<TimelinePass> passes)
    {
        var span = Math.Max(1, passes.Select(p => Math.Max(p.WallMs, p.Lanes.SelectMany(l => l).Select(b => b.EndMs).DefaultIfEmpty(0).Max())).DefaultIfEmpty(1).Max());
        var rowHeight = Math.Clamp(360.0 / Math.Max(1, passes.Select(p => p.Lanes.Count).DefaultIfEmpty(1).Max()), 3, 18);
        var body = new List<XElement>();
        var y = 40.0;
        body.Add(Text(Left, 22, $"Bench timeline: {report.Keywords.ToString("#,0", CultureInfo.InvariantCulture)} words on {report.Site}, {Latency(report)}", 16, "bold"));
        y = Axis(body, span, y + 16);
        foreach (var pass in passes)
        {
            y = Pass(body, pass, span, rowHeight, y + 14, report.DurationMs is not null);
        }

        y = Legend(body, y + 20);
        var svg = new XElement(Svg + "svg",
            new XAttribute("width", Number(Width)), new XAttribute("height", Number(y + 10)),
            new XAttribute("viewBox", $"0 0 {Number(Width)} {Number(y + 10)}"),
            new XAttribute("font-family", "DejaVu Sans, Arial, sans-serif"), new XAttribute("font-size", "12"),
            new XElement(Svg + "rect", new XAttribute("width", "100%"), new XAttribute("height", "100%"), new XAttribute("fill", "white")),
            body);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), svg);
    }

    private static double Axis(List<XElement> body, double span, double y)
    {
        var step = NiceStep(span / 10);
        body.Add(Line(Left, y, Left + PlotWidth, y, "#333"));
        for (var t = 0.0; t <= span + (step / 1000); t += step)
        {
            var x = X(t, span);
            body.Add(Line(x, y, x, y + 5, "#333"));
            body.Add(Text(x, y - 5, Time(t), 11, anchor: "middle"));
        }

        return y + 6;
    }

    private static double Pass(List<XElement> body, TimelinePass pass, double span, double rowHeight, double y, bool rates)
    {
        var heading = $"{pass.Label}: {BenchFormat.Ms(pass.WallMs)} ms wall, {pass.Requests.ToString("#,0", CultureInfo.InvariantCulture)} requests";
        if (pass.Speedup is { } speedup)
        {
            heading += rates ? $", {BenchFormat.Times(speedup)}× the rate of sync"
                : speedup >= 1 ? $", {BenchFormat.Times(speedup)}× faster than sync" : $", {BenchFormat.Times(1 / speedup)}× slower than sync";
        }

        body.Add(Text(Left, y + 12, heading, 13, "bold"));
        y += 20;

        // A single row (sync) keeps a readable height even when the async pass has many slots.
        rowHeight = pass.Lanes.Count == 1 ? Math.Max(rowHeight, 14) : rowHeight;
        var top = y;
        for (var lane = 0; lane < pass.Lanes.Count; lane++)
        {
            if (rowHeight >= 11 || lane == 0 || lane == pass.Lanes.Count - 1)
            {
                body.Add(Text(Left - 8, y + (rowHeight * 0.75), $"slot {(lane + 1).ToString(CultureInfo.InvariantCulture)}", Math.Min(11, rowHeight + 2), anchor: "end"));
            }

            foreach (var bar in pass.Lanes[lane])
            {
                body.Add(Request(bar, span, y, rowHeight));
            }

            y += rowHeight;
        }

        var end = X(pass.WallMs, span);
        body.Add(new XElement(Svg + "line", Attrs(("x1", end), ("y1", top - 4), ("x2", end), ("y2", y + 4)), new XAttribute("stroke", "#d62728"), new XAttribute("stroke-dasharray", "4 3")));
        var atRight = end > Left + PlotWidth - 60;
        body.Add(Text(atRight ? end - 4 : end + 4, y + 10, $"{BenchFormat.Ms(pass.WallMs)} ms", 11, fill: "#d62728", anchor: atRight ? "end" : "start"));
        return y + 14;
    }

    private static XElement Request(TimelineBar bar, double span, double y, double height)
    {
        var total = bar.EndMs - bar.StartMs;
        var group = new XElement(Svg + "g", new XAttribute("class", "request"),
            new XElement(Svg + "title", $"{CleanText.Of(bar.Word)}: {BenchFormat.Ms(total)} ms from its slot (waited {BenchFormat.Ms(bar.SlotWaitMs)} ms for it); "
                + string.Join(", ", bar.Segments.Where(s => s.ToMs > s.FromMs).Select(s => $"{Shades[s.Phase].Name} {BenchFormat.Ms(s.ToMs - s.FromMs)} ms"))));
        foreach (var segment in bar.Segments.Where(s => s.ToMs > s.FromMs))
        {
            var x = X(segment.FromMs, span);
            group.Add(new XElement(Svg + "rect", Attrs(("x", x), ("y", y + 0.5), ("width", Math.Max(0.3, X(segment.ToMs, span) - x)), ("height", Math.Max(1, height - 1))),
                new XAttribute("fill", Shades[segment.Phase].Colour)));
        }

        return group;
    }

    private static double Legend(List<XElement> body, double y)
    {
        var x = Left;
        foreach (var (colour, name) in Shades.Values)
        {
            body.Add(new XElement(Svg + "rect", Attrs(("x", x), ("y", y - 10), ("width", 12), ("height", 12)), new XAttribute("fill", colour)));
            body.Add(Text(x + 16, y, name, 12));
            x += 30 + (name.Length * 6.5);
        }

        body.Add(Text(Left, y + 20, "One row per request slot; a request's wait for a free slot is not drawn (hover a bar for its figures). Dashed: the pass's wall time.", 11, fill: "#555"));
        return y + 26;
    }

    private static double X(double ms, double span) => Left + (ms / span * PlotWidth);

    private static double NiceStep(double rough)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(Math.Max(rough, 0.001))));
        return new[] { 1, 2, 5, 10 }.Select(f => f * power).First(step => step >= rough);
    }

    private static string Time(double ms) => ms == 0 ? "0" : ms >= 1000 ? $"{(ms / 1000).ToString("0.##", CultureInfo.InvariantCulture)} s" : $"{BenchFormat.Ms(ms)} ms";

    private static string Latency(BenchReport report) => report.LatencyMs is { } ms ? $"+{ms.ToString(CultureInfo.InvariantCulture)} ms latency" : report.BaseUrl;

    private static XElement Line(double x1, double y1, double x2, double y2, string stroke) =>
        new(Svg + "line", Attrs(("x1", x1), ("y1", y1), ("x2", x2), ("y2", y2)), new XAttribute("stroke", stroke));

    private static XElement Text(double x, double y, string text, double size, string weight = "normal", string fill = "#222", string anchor = "start") =>
        new(Svg + "text", Attrs(("x", x), ("y", y)), new XAttribute("font-size", Number(size)), new XAttribute("font-weight", weight),
            new XAttribute("fill", fill), new XAttribute("text-anchor", anchor), CleanText.Of(text));

    private static IEnumerable<XAttribute> Attrs(params (string Name, double Value)[] values) =>
        values.Select(v => new XAttribute(v.Name, Number(v.Value)));

    private static string Number(double value) => Math.Round(value, 2).ToString(CultureInfo.InvariantCulture);
}
