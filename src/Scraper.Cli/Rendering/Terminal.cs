using Spectre.Console;

namespace Scraper.Cli.Rendering;

/// <summary>A Spectre console over stdout or a file: colours only on a real terminal.</summary>
internal static class Terminal
{
    /// <param name="wrapWhenRedirected">False: into a pipe or file, a line is never broken at 80 columns.</param>
    public static IAnsiConsole Create(TextWriter writer, bool isTerminal, bool wrapWhenRedirected = true)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (!isTerminal && !wrapWhenRedirected)
        {
            console.Profile.Width = 4096;
        }

        return console;
    }
}
