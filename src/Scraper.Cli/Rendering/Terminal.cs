using Spectre.Console;

namespace Scraper.Cli.Rendering;

/// <summary>A Spectre console over stdout or a file: colours only on a real terminal.</summary>
internal static class Terminal
{
    public static IAnsiConsole Create(TextWriter writer, bool isTerminal) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
    });
}
