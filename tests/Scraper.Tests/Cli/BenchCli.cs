using Scraper.Cli;

namespace Scraper.Tests.Cli;

/// <summary>Runs the real command line in-process with captured streams, as the process's Main would.</summary>
internal static class BenchCli
{
    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new CliConsole(output, error, () => Stream.Null, OutputIsTerminal: false);

        var exitCode = await ScraperApp.RunAsync(args, console);

        return (exitCode, output.ToString(), error.ToString());
    }

    public static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
