using Scraper.Cli.Commands;
using Scraper.Cli.Logging;

namespace Scraper.Cli.Shell;

/// <summary>
/// Runs `scraper shell`: a prompt, a line, its result, the next prompt, until :quit, Ctrl+D or the end of input.
/// On a terminal the line editor reads keys and keeps a history, and leaving is exit 0: each outcome was shown as it
/// came. Otherwise (a script) lines are read as they come, the exit code is lookup's over the words (1 a word not
/// found, 3 a failure), and a mistaken line ends the shell with exit 2, as sqlite3 and python end a piped script.
/// </summary>
internal static class ShellLoop
{
    public static async Task<int> RunAsync(CliConsole console, ShellRequest request)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(request);
        await using var local = await LocalSiteLease.StartAsync(request.Common);
        request = request with { Common = local.Values };
        var profiles = SiteChoice.Chosen(request.Common);
        using var stderr = new LogLineWriter(console.Error);
        using var log = LoggerSetup.Create(stderr, request.Common.Verbose, request.Common.Quiet, console.ErrorIsTerminal);
        using var session = new ShellSession(request, profiles, console.Folders, console.Time, log);
        using var interrupts = new ShellInterrupts(listen: true);
        var view = new ShellView(console);
        var shell = new ShellInterpreter(session, view, interrupts, request.Format)
        {
            SearchPath = console.SearchPath,
            Log = log,
            StopsOnMistake = !console.InputIsTerminal,
        };
        var reader = OpenReader(console, log);
        try
        {
            if (console.InputIsTerminal)
            {
                view.Say($"scraper shell on {string.Join(", ", profiles.Select(p => p.Name))}: type a word, or :help; Ctrl+D leaves");
            }

            var lineNumber = 0;
            while (!shell.Quitting && Read(reader, $"{ShellSiteCommand.PromptLabel(session.Sites)}> ", shell) is { } line)
            {
                lineNumber++;
                if (line.Length > 0 && await shell.HandleAsync(line) is { } remembered)
                {
                    reader.Remember(remembered);
                }

                if (shell.Mistake is { } mistake)
                {
                    console.Error.WriteLine($"scraper: stopped at input line {lineNumber}: {mistake}");
                    return ExitCodes.Usage;
                }
            }
        }
        finally
        {
            (reader as IDisposable)?.Dispose();
        }

        return console.InputIsTerminal ? ExitCodes.Success : shell.Outcome;
    }

    // A line that is not text is a mistaken line: read as empty, with the mistake noted.
    private static string? Read(ILineReader reader, string prompt, ShellInterpreter shell)
    {
        try
        {
            return reader.ReadLine(prompt);
        }
        catch (ShellInputException ex)
        {
            shell.Mistaken(ex.Message);
            return "";
        }
    }

    // The line editor needs keys from a terminal and a terminal to draw on; anything else reads plain lines.
    private static ILineReader OpenReader(CliConsole console, Serilog.ILogger log) => console.InputIsTerminal
        ? new TerminalLineReader(console.Error, new ShellHistoryFile(ShellHistoryFile.Beside(console.Folders.HistoryPath), log))
        : new PlainLineReader(console.OpenStdin());
}
