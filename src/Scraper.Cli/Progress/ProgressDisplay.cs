using Scraper.Cli.Commands;
using Scraper.Cli.Logging;
using Serilog;
using Spectre.Console;

namespace Scraper.Cli.Progress;

/// <summary>
/// How a lookup shows its progress on stderr: a bar when stderr is a terminal, a log line every five seconds when it
/// is not (or with -v, whose request lines would run through a bar), nothing with -q.
/// </summary>
internal static class ProgressDisplay
{
    private static readonly TimeSpan BarDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LogEvery = TimeSpan.FromSeconds(5);

    /// <returns>Once <paramref name="run"/> has ended.</returns>
    public static async Task WatchAsync(Task run, Func<RunPace> pace, CliConsole console, LogLineWriter stderr, ILogger log, CommonValues common)
    {
        if (common.Quiet)
        {
            await run;
            return;
        }

        if (console.ErrorIsTerminal && !common.Verbose)
        {
            var terminal = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(console.Error),
                Ansi = AnsiSupport.Yes,
                ColorSystem = ColorSystemSupport.Detect,
                Interactive = InteractionSupport.Yes,
            });
            using (stderr.RouteThrough(terminal))
            {
                await ProgressBar.ShowAsync(terminal, pace, run, BarDelay, console.Time);
            }

            await run;
            return;
        }

        using var lines = new ProgressLog(log, pace, LogEvery, console.Time);
        await run;
    }
}
