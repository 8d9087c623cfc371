using Spectre.Console;

namespace Scraper.Cli.Rendering;

/// <summary>The few non-ASCII characters the bench report uses, with ASCII stand-ins for terminals without Unicode.</summary>
internal sealed record BenchGlyphs(string Arrow, string Times, string Ellipsis, string Dash, string Dot)
{
    private static readonly BenchGlyphs Unicode = new("→", "×", "…", "–", "·");
    private static readonly BenchGlyphs Ascii = new("->", "x", "...", "-", "|");

    public static BenchGlyphs For(IAnsiConsole console) => console.Profile.Capabilities.Unicode ? Unicode : Ascii;
}
