using Spectre.Console;

namespace Scraper.Cli.Rendering;

/// <summary>The few non-ASCII characters the bench report uses, with ASCII stand-ins for terminals without Unicode.</summary>
/// <param name="Blocks">A bar's cell filled to 0/8 … 8/8; the ASCII stand-in has whole cells only.</param>
internal sealed record BenchGlyphs(string Arrow, string Times, string Ellipsis, string Dash, string Dot, string Warning, string Blocks)
{
    private static readonly BenchGlyphs Unicode = new("→", "×", "…", "–", "·", "⚠", " ▏▎▍▌▋▊▉█");
    private static readonly BenchGlyphs Ascii = new("->", "x", "...", "-", "|", "!", "    #####");

    public static BenchGlyphs For(IAnsiConsole console) => console.Profile.Capabilities.Unicode ? Unicode : Ascii;
}
