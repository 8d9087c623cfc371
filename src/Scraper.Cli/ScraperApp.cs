using System.CommandLine;
using Scraper.Cli.Commands;

namespace Scraper.Cli;

/// <summary>The command line: parse, run the command, turn bad usage into one line on stderr and exit 2.</summary>
internal static class ScraperApp
{
    public static async Task<int> RunAsync(string[] args, CliConsole console)
    {
        var root = new RootCommand("Look words up on dictionary websites, and measure what concurrency buys.")
        {
            LookupCommand.Create(console),
            BenchCommand.Create(console),
            ServeCommand.Create(console),
            SitesCommand.Create(console),
            CheckCommand.Create(console),
        };
        // No response files: a keyword such as "@evil.example" is a word to look up, never a file to read.
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parse.Errors.Count > 0)
        {
            var command = parse.CommandResult.Command;
            var name = command == root ? "scraper" : $"scraper {command.Name}";
            await console.Error.WriteLineAsync($"scraper: {OneLine(parse.Errors[0].Message)} (see '{name} --help')");
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
            await console.Error.WriteLineAsync($"scraper: {OneLine(ex.Message)}");
            return ExitCodes.Usage;
        }
    }

    // System.CommandLine lists an enum's choices one per line; a usage error must stay one line.
    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
