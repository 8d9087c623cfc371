namespace Scraper.Cli.Shell;

/// <summary>Where the shell's lines come from: a line editor on a terminal, or plain lines from a pipe or a file.</summary>
internal interface ILineReader
{
    /// <summary>The next line, without its end; null at the end of input (Ctrl+D on an empty line, or end of file).</summary>
    string? ReadLine(string prompt);

    /// <summary>Offers <paramref name="line"/> to the reader's history (the up arrow); plain input keeps none.</summary>
    void Remember(string line);
}
