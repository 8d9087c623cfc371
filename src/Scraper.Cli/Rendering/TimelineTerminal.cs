using System.Globalization;
using System.Text;
using Scraper.Benchmark;
using Spectre.Console;

namespace Scraper.Cli.Rendering;

/// <summary>
/// The timeline in the terminal, compact: each pass as at most eight rows of request slots on one shared time axis
/// that fits the width; a cell is coloured by the phase that filled most of it, and a dot is an idle slot.
/// </summary>
internal static class TimelineTerminal
{
    private const int MaxRows = 8;

    private static readonly Dictionary<TimelinePhase, string> Colours = new()
    {
        [TimelinePhase.Polite] = "grey",
        [TimelinePhase.Connect] = "orange1",
        [TimelinePhase.FirstByte] = "blue",
        [TimelinePhase.Body] = "green",
        [TimelinePhase.RetryWait] = "red",
        [TimelinePhase.Parse] = "magenta",
    };

    public static void Render(IAnsiConsole console, IReadOnlyList<TimelinePass> passes, BenchGlyphs glyphs)
    {
        if (passes.Count == 0 || passes.All(p => p.Requests == 0))
        {
            return;
        }

        var labelWidth = passes.Max(p => p.Label.Length) + 1;
        var cells = Math.Max(20, Math.Min(console.Profile.Width, 100) - labelWidth - 2);
        var span = passes.Max(p => Math.Max(p.WallMs, p.Lanes.SelectMany(l => l).Select(b => b.EndMs).DefaultIfEmpty(0).Max()));
        var cellMs = span / cells;
        console.MarkupLine($"[bold]Timeline[/] [dim](one row per request slot{(passes.Any(p => p.Lanes.Count > MaxRows) ? ", grouped to fit" : "")}; each cell {BenchFormat.Ms(cellMs)} ms)[/]");
        foreach (var pass in passes)
        {
            var groups = (int)Math.Ceiling(pass.Lanes.Count / (double)MaxRows);
            for (var row = 0; row * groups < pass.Lanes.Count; row++)
            {
                var lanes = pass.Lanes.Skip(row * groups).Take(groups).SelectMany(lane => lane);
                var label = row == 0 ? pass.Label : "";
                console.MarkupLine($"{Markup.Escape(label.PadRight(labelWidth))}{Row(lanes, cells, cellMs, glyphs)}");
            }
        }

        var legend = string.Join("  ", Colours.Where(c => c.Key != TimelinePhase.Polite && c.Key != TimelinePhase.RetryWait).Select(c => $"[{c.Value}]{Block(glyphs)}[/] {Name(c.Key)}"));
        console.MarkupLine($"{new string(' ', labelWidth)}{legend}  {glyphs.Dot} idle");
    }

    private static string Row(IEnumerable<TimelineBar> bars, int cells, double cellMs, BenchGlyphs glyphs)
    {
        var fill = new Dictionary<TimelinePhase, double>[cells];
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
        foreach (var cell in fill)
        {
            line.Append(cell is null ? $"[dim]{glyphs.Dot}[/]" : $"[{Colours[cell.MaxBy(p => p.Value).Key]}]{Block(glyphs)}[/]");
        }

        return line.ToString();
    }

    private static string Block(BenchGlyphs glyphs) => glyphs.Blocks[^1].ToString(CultureInfo.InvariantCulture);

    private static string Name(TimelinePhase phase) => phase switch
    {
        TimelinePhase.Connect => "connect",
        TimelinePhase.FirstByte => "waiting for the server",
        TimelinePhase.Body => "body",
        TimelinePhase.Parse => "parse",
        _ => phase.ToString(),
    };
}
