using System.CommandLine;
using System.Globalization;
using Scraper.Cli.Usage;
using Scraper.History;

namespace Scraper.Cli.Commands;

/// <summary>`scraper history`: the words of single lookups, newest first, with when and from which site.</summary>
internal static class HistoryCommand
{
    public static Command Create(CliConsole console)
    {
        var format = ChoiceOption.Create("--format", "table, or json: one array of {at, word, site, status, url}", HistoryFormat.Table);
        var limit = NumberOption.Int("--limit", "-n", "N", "Show the newest N words only", HistoryFile.DefaultMaxEntries, 1, HistoryFile.DefaultMaxEntries);
        var command = new Command("history", "List the words looked up (single lookups), newest first") { format, limit };
        command.SetAction(async (parse, _) =>
        {
            if (console.Folders.HistoryPath is not { } path)
            {
                await console.Error.WriteLineAsync("scraper: no history: the data folder is unknown (set HOME or XDG_DATA_HOME)");
                return ExitCodes.Usage;
            }

            IReadOnlyList<HistoryEntry> entries;
            try
            {
                var read = new HistoryFile(path).Read();
                entries = [.. read.NewestFirst.Take(parse.GetValue(limit))];
                if (read.Skipped > 0)
                {
                    // The good lines are listed; the others are said, not silently dropped.
                    await console.Error.WriteLineAsync($"scraper: skipped {read.Skipped.ToString(CultureInfo.InvariantCulture)} line(s) of '{path}' that are not history entries");
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await console.Error.WriteLineAsync($"scraper: cannot read the history '{path}': {ex.Message}");
                return ExitCodes.Usage;
            }

            if (parse.GetValue(format) == HistoryFormat.Json)
            {
                await console.Out.WriteLineAsync(HistoryFile.ToJson(entries));
            }
            else if (entries.Count == 0)
            {
                await console.Error.WriteLineAsync($"scraper: no lookups remembered yet ({path})");
            }
            else
            {
                WriteTable(console.Out, entries);
            }

            await console.Out.FlushAsync();
            return ExitCodes.Success;
        });
        return command;
    }

    // Plain aligned columns, in local time: a pipe into grep or less reads them as the terminal does.
    private static void WriteTable(TextWriter output, IReadOnlyList<HistoryEntry> entries)
    {
        var wordWidth = entries.Max(e => e.Word.Length);
        var siteWidth = entries.Max(e => e.Site.Length);
        foreach (var entry in entries)
        {
            var at = entry.At.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            output.WriteLine($"{at}  {entry.Word.PadRight(wordWidth)}  {entry.Site.PadRight(siteWidth)}  {entry.Status}");
        }
    }
}
