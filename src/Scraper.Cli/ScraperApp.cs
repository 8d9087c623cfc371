using System.CommandLine;
using Scraper.Cli.Usage;

namespace Scraper.Cli;

/// <summary>
/// The command line: parse, run the command; bad usage is one line on stderr and exit 2, an output that cannot be
/// written exit 4 (141 for a closed pipe), anything else that escapes a command one line and exit 70.
/// </summary>
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
        catch (OutputFailedException ex)
        {
            // Output of any command (a table, a report): a closed pipe ends quietly, anything else in one line.
            return ex.PipeClosed ? ExitCodes.PipeClosed : await WriteFailedAsync(console, ex);
        }
        catch (Exception ex)
        {
            return InternalError.Report(ex, console.Error, parse.CommandResult.Children.Any(IsVerbose));
        }
    }

    private static async Task<int> WriteFailedAsync(CliConsole console, OutputFailedException ex)
    {
        await console.Error.WriteLineAsync($"scraper: {ex.Message}");
        return ExitCodes.WriteFailed;
    }

    private static bool IsVerbose(System.CommandLine.Parsing.SymbolResult symbol) =>
        symbol is System.CommandLine.Parsing.OptionResult { Option.Name: "--verbose" } option && option.GetValueOrDefault<bool>();
}
