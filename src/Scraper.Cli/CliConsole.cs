namespace Scraper.Cli;

/// <summary>The process's streams, injectable so that tests drive the real commands.</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, Func<Stream> OpenStdin, bool OutputIsTerminal)
{
    public static CliConsole System { get; } = new(
        CreateStdout(),
        new StreamWriter(Console.OpenStandardError()) { AutoFlush = true },
        Console.OpenStandardInput,
        !Console.IsOutputRedirected);

    private static StreamWriter CreateStdout() => new(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { AutoFlush = true };
}
