using Scraper.Benchmark;
using Spectre.Console;

namespace Scraper.Cli.Rendering;

/// <summary>
/// The terminal timeline's characters: one per phase, all different, so that the picture reads without colour
/// (NO_COLOR, a file); a mark where each request starts; the time axis. ASCII stand-ins where there is no Unicode.
/// </summary>
internal sealed record TimelineGlyphs(string Start, string Idle, string AxisLine, string Tick, IReadOnlyDictionary<TimelinePhase, string> Phases)
{
    private static readonly TimelineGlyphs Unicode = new("│", "·", "─", "┬", new Dictionary<TimelinePhase, string>
    {
        [TimelinePhase.Polite] = "╌",
        [TimelinePhase.Connect] = "░",
        [TimelinePhase.FirstByte] = "═",
        [TimelinePhase.Body] = "█",
        [TimelinePhase.RetryWait] = "×",
        [TimelinePhase.Parse] = "▒",
    });

    private static readonly TimelineGlyphs Ascii = new("|", ".", "-", "+", new Dictionary<TimelinePhase, string>
    {
        [TimelinePhase.Polite] = "_",
        [TimelinePhase.Connect] = ":",
        [TimelinePhase.FirstByte] = "=",
        [TimelinePhase.Body] = "#",
        [TimelinePhase.RetryWait] = "x",
        [TimelinePhase.Parse] = "%",
    });

    public static TimelineGlyphs For(IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        return console.Profile.Capabilities.Unicode ? Unicode : Ascii;
    }
}
