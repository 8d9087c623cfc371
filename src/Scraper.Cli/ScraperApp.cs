using System.CommandLine;
using Scraper.Cli.Usage;

namespace Scraper.Cli;

/// <summary>The command line: parse, run the command, turn bad usage into one line per error on stderr and exit 2.</summary>
internal static class ScraperApp
{
    public static async Task<int> RunAsync(string[] args, CliConsole console)
    {
        var root = ScraperCommands.Create(console);

        // No response files: an "@..." argument is neither read as a file nor looked up as a word (UsageErrors).
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        var errors = UsageErrors.Find(parse, root);
        if (errors.Count > 0)
        {
            var command = parse.CommandResult.Command;
            var name = command == root ? "scraper" : $"scraper {command.Name}";
            for (var i = 0; i < errors.Count; i++)
            {
                await console.Error.WriteLineAsync($"scraper: {errors[i]}" + (i == errors.Count - 1 ? $" (see '{name} --help')" : ""));
            }

            return ExitCodes.Usage;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            });
        }
        catch (UsageException ex)
        {
            await console.Error.WriteLineAsync($"scraper: {UsageErrors.OneLine(ex.Message)}");
            return ExitCodes.Usage;
        }
    }
}
