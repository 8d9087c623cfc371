using System.Diagnostics;
using System.Text;
using Scraper.Cli;

namespace Scraper.Tests.Support;

/// <summary>One run of the real command line in-process: its exit code, stdout, stderr and wall time.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error, TimeSpan Elapsed)
{
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static Task<CliRun> RunAsync(params string[] args) => RunWithStdinAsync("", args);

    public static Task<CliRun> RunWithStdinAsync(string stdin, params string[] args) => RunAsync(stdin, console => console, args);

    /// <param name="adjust">Changes the test console before the run: a terminal stderr, an interruption to trigger.</param>
    public static async Task<CliRun> RunAsync(string stdin, Func<CliConsole, CliConsole> adjust, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = adjust(new CliConsole(
            TextWriter.Synchronized(output),
            TextWriter.Synchronized(error),
            () => new MemoryStream(Encoding.UTF8.GetBytes(stdin)),
            OutputIsTerminal: false));
        var clock = Stopwatch.StartNew();
        var exitCode = await ScraperApp.RunAsync(args, console);
        return new CliRun(exitCode, output.ToString(), error.ToString(), clock.Elapsed);
    }

    /// <summary>`scraper lookup WORDS... --base-url SERVER --site macmillan-uk` plus the given options.</summary>
    public static Task<CliRun> LookupAsync(FixtureServer server, params string[] wordsAndOptions) =>
        RunAsync(["lookup", .. wordsAndOptions, "--site", "macmillan-uk", "--base-url", server.BaseUrl.AbsoluteUri]);
}
