using System.Globalization;
using System.Text;
using Scraper.Benchmark;
using Spectre.Console;

namespace Scraper.Cli.Rendering;

/// <summary>
/// The timeline in the terminal, compact: each pass as a few rows of request slots on one shared time axis that fits
/// the width. A cell shows the phase that filled most of it, each phase its own character (and colour where there is
/// colour), a bar where a request starts, a dot where a slot is idle; a time axis with ticks runs underneath.
/// </summary>
internal static class TimelineTerminal
{
    private const int MostRows = 8;
    private const int MostRowsInASweep = 4;

    private static readonly Dictionary<TimelinePhase, (string Colour, string Name)> Phases = new()
    {
        [TimelinePhase.Polite] = ("grey", "rate wait"),
        [TimelinePhase.Connect] = ("orange1", "connect"),
        [TimelinePhase.FirstByte] = ("blue", "waiting for the server"),
        [TimelinePhase.Body] = ("green", "body"),
        [TimelinePhase.RetryWait] = ("red", "retry wait"),
        [TimelinePhase.Parse] = ("magenta", "parse"),
    };

    public static void Render(IAnsiConsole console, IReadOnlyList<TimelinePass> passes, BenchGlyphs glyphs)
    {
        ArgumentNullException.ThrowIfNull(glyphs);
        if (passes.Count == 0 || passes.All(p => p.Requests == 0))
        {
            return;
        }

        var marks = TimelineGlyphs.For(console);
        var labelWidth = passes.Max(p => p.Label.Length) + 1;
        var cells = Math.Max(20, Math.Min(console.Profile.Width, 120) - labelWidth - 1);
        var span = passes.Max(p => Math.Max(p.WallMs, p.Lanes.SelectMany(l => l).Select(b => b.EndMs).DefaultIfEmpty(0).Max()));
        var cellMs = span / cells;
        var mostRows = passes.Count > 2 ? MostRowsInASweep : MostRows;
        console.MarkupLine($"[bold]Timeline[/] [dim](one row per request slot{(passes.Any(p => p.Lanes.Count > mostRows) ? ", several slots to a row" : "")}; each cell {BenchFormat.Ms(cellMs)} ms)[/]");
        foreach (var pass in passes)
        {
            var groups = (int)Math.Ceiling(pass.Lanes.Count / (double)mostRows);
            for (var row = 0; row * groups < pass.Lanes.Count; row++)
            {
                var bars = pass.Lanes.Skip(row * groups).Take(groups).SelectMany(lane => lane).ToList();
                var label = row == 0 ? pass.Label : "";
                console.MarkupLine($"{Markup.Escape(label.PadRight(labelWidth))}{Row(bars, cells, cellMs, marks)}");
            }
        }

        var (axis, ticks) = TimeAxis.Lines(cells, cellMs, marks);
        console.MarkupLine(Markup.Escape(new string(' ', labelWidth) + axis));
        console.MarkupLine(Markup.Escape(new string(' ', labelWidth) + ticks));
        Legend(console, marks, labelWidth, console.Profile.Width);
    }

    private static string Row(List<TimelineBar> bars, int cells, double cellMs, TimelineGlyphs marks)
    {
        var fill = new Dictionary<TimelinePhase, double>[cells];
        var starts = new bool[cells];
        foreach (var bar in bars.Where(b => b.EndMs > b.StartMs))
        {
            var begin = bar.Segments.FirstOrDefault(s => s.ToMs > s.FromMs && s.Phase != TimelinePhase.Polite)?.FromMs ?? bar.StartMs;
            starts[Math.Clamp((int)(begin / cellMs), 0, cells - 1)] = true;
        }

        foreach (var segment in bars.SelectMany(bar => bar.Segments).Where(s => s.ToMs > s.FromMs))
        {
            var first = Math.Clamp((int)(segment.FromMs / cellMs), 0, cells - 1);
            var last = Math.Clamp((int)(segment.ToMs / cellMs), 0, cells - 1);
            for (var cell = first; cell <= last; cell++)
            {
                var overlap = Math.Min(segment.ToMs, (cell + 1) * cellMs) - Math.Max(segment.FromMs, cell * cellMs);
                if (overlap > 0)
                {
                    fill[cell] ??= [];
                    fill[cell][segment.Phase] = fill[cell].GetValueOrDefault(segment.Phase) + overlap;
                }
            }
        }

        var line = new StringBuilder();
        for (var cell = 0; cell < cells; cell++)
        {
            var phase = fill[cell]?.MaxBy(p => p.Value).Key;
            line.Append(phase is not { } p ? $"[dim]{marks.Idle}[/]"
                : starts[cell] ? $"[bold {Phases[p].Colour}]{marks.Start}[/]"
                : $"[{Phases[p].Colour}]{marks.Phases[p]}[/]");
        }

        return line.ToString();
    }

    // The legend wrapped to the width, every phase with its own character.
    private static void Legend(IAnsiConsole console, TimelineGlyphs marks, int indent, int width)
    {
        List<(string Plain, string Marked)> items =
        [
            ($"{marks.Start} a request starts", $"[bold]{Markup.Escape(marks.Start)}[/] a request starts"),
            .. Phases.Select(p => ($"{marks.Phases[p.Key]} {p.Value.Name}", $"[{p.Value.Colour}]{Markup.Escape(marks.Phases[p.Key])}[/] {p.Value.Name}")),
            ($"{marks.Idle} idle", $"[dim]{Markup.Escape(marks.Idle)}[/] idle"),
        ];
        var line = new StringBuilder();
        var used = indent;
        foreach (var (plain, marked) in items)
        {
            if (used > indent && used + 2 + plain.Length > width - 1)
            {
                console.MarkupLine(new string(' ', indent) + line);
                line.Clear();
                used = indent;
            }

            line.Append(used > indent ? "  " : "").Append(marked);
            used += (used > indent ? 2 : 0) + plain.Length;
        }

        console.MarkupLine(new string(' ', indent) + line);
    }

    /// <summary>The axis under the rows: a tick every few cells at a round time, and the times under the ticks.</summary>
    private static class TimeAxis
    {
        private const int LeastCellsApart = 10;

        public static (string Axis, string Ticks) Lines(int cells, double cellMs, TimelineGlyphs marks)
        {
            var step = Step(cellMs * LeastCellsApart);
            var axis = new StringBuilder(string.Concat(Enumerable.Repeat(marks.AxisLine, cells)));
            var labels = new StringBuilder(new string(' ', cells));
            var free = 0;
            for (var ms = 0.0; ms <= cells * cellMs; ms += step)
            {
                var cell = Math.Min(cells - 1, (int)Math.Round(ms / cellMs));
                axis[cell] = marks.Tick[0];
                var text = Time(ms);
                var at = Math.Min(cell, cells - text.Length);
                if (at >= free)
                {
                    labels.Remove(at, text.Length).Insert(at, text);
                    free = at + text.Length + 1;
                }
            }

            return (axis.ToString(), labels.ToString().TrimEnd());
        }

        private static double Step(double rough)
        {
            var power = Math.Pow(10, Math.Floor(Math.Log10(Math.Max(rough, 0.001))));
            return new[] { 1, 2, 5, 10 }.Select(f => f * power).First(step => step >= rough);
        }

        private static string Time(double ms) => ms == 0 ? "0"
            : ms >= 1000 ? $"{(ms / 1000).ToString("0.##", CultureInfo.InvariantCulture)} s"
            : $"{ms.ToString("0", CultureInfo.InvariantCulture)} ms";
    }
}
