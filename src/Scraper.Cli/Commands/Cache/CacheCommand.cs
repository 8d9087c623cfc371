using System.CommandLine;
using System.Globalization;
using Scraper.Caching;
using Scraper.Cli.Remembered;

namespace Scraper.Cli.Commands;

/// <summary>`scraper cache info|clear`: the default cache of single lookups, what it holds and emptying it.</summary>
internal static class CacheCommand
{
    private static readonly string[] Actions = ["info", "clear"];

    public static Command Create(CliConsole console)
    {
        var action = new Argument<string>("action")
        {
            HelpName = string.Join('|', Actions),
            Description = "info: the folder, its pages, their size and the bound; clear: remove the pages",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => "info",
        };
        action.AcceptOnlyFromAmong(Actions);
        action.CompletionSources.Clear();
        action.CompletionSources.Add(Actions);
        var command = new Command("cache", "Show or clear the default cache of single lookups") { action };
        command.SetAction(async (parse, _) =>
        {
            if (console.Folders.CacheDirectory is not { } directory)
            {
                await console.Error.WriteLineAsync("scraper: no default cache: the cache folder is unknown (set HOME or XDG_CACHE_HOME)");
                return ExitCodes.Usage;
            }

            return parse.GetValue(action) == "clear" ? await ClearAsync(console, directory) : await InfoAsync(console, directory);
        });
        return command;
    }

    private static async Task<int> InfoAsync(CliConsole console, string directory)
    {
        var usage = CacheFolder.Measure(directory);
        var exists = Directory.Exists(directory) ? "" : " (not made yet)";
        await console.Out.WriteLineAsync($"folder: {directory}{exists}");
        await console.Out.WriteLineAsync($"pages: {usage.Pages.ToString(CultureInfo.InvariantCulture)}");
        await console.Out.WriteLineAsync($"size: {Megabytes(usage.Bytes)}");
        await console.Out.WriteLineAsync($"bound: {Megabytes(RememberedLookup.CacheMaxBytes)} (after each lookup the pages stored longest ago are removed until the rest fit)");
        await console.Out.FlushAsync();
        return ExitCodes.Success;
    }

    private static async Task<int> ClearAsync(CliConsole console, string directory)
    {
        var before = CacheFolder.Measure(directory);
        var removed = CacheFolder.Clear(directory);
        var left = CacheFolder.Measure(directory).Pages;
        await console.Out.WriteLineAsync($"removed {removed.ToString(CultureInfo.InvariantCulture)} page(s) ({Megabytes(before.Bytes)}) from {directory}");
        await console.Out.FlushAsync();
        if (left > 0)
        {
            await console.Error.WriteLineAsync($"scraper: {left.ToString(CultureInfo.InvariantCulture)} page(s) could not be removed from {directory}");
            return ExitCodes.Failed;
        }

        return ExitCodes.Success;
    }

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture) + " MB";
}
