using System.Globalization;
using Spectre.Console;

namespace Scraper.Cli.Progress;

/// <summary>
/// A progress bar on a terminal's stderr: done/total, words per second, time left, failures. It waits a while
/// before it appears, so a quick lookup of a word or two prints its table without a bar flashing past.
/// </summary>
internal static class ProgressBar
{
    /// <returns>Once <paramref name="run"/> has ended, and the bar with it.</returns>
    public static async Task ShowAsync(IAnsiConsole console, Func<RunPace> pace, Task run, TimeSpan delay, TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        if (await Task.WhenAny(run, Task.Delay(delay, time)) == run)
        {
            return;
        }

        var progress = new Spectre.Console.Progress(console, time)
            .AutoClear(true)
            .Columns(
                new ProgressBarColumn(),
                new LiveTextColumn(_ => Text(pace(), p => $"{p.Done}/{p.Total} {p.Unit}")),
                new LiveTextColumn(_ => Text(pace(), p => $"{p.WordsPerSecond:0.0} {p.Unit}/s")),
                new LiveTextColumn(_ => $"{pace().TimeLeft} left"),
                new LiveTextColumn(_ => Text(pace(), p => $"{p.Failures} failures")));
        await progress.StartAsync(async context =>
        {
            var task = context.AddTask("lookup", maxValue: pace().Total);
            while (!run.IsCompleted)
            {
                task.Value = pace().Done;
                await Task.WhenAny(run, Task.Delay(TimeSpan.FromMilliseconds(200), time));
            }

            task.Value = pace().Done;
        });
    }

    private static string Text(RunPace pace, Func<RunPace, FormattableString> format) => format(pace).ToString(CultureInfo.InvariantCulture);
}
