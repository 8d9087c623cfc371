using System.Text;

namespace Scraper.Cli.Shell;

/// <summary>Lines from a pipe or a file, as scripts and tests send them: no prompt, no echo, no editing.</summary>
internal sealed class PlainLineReader(Stream input) : ILineReader, IDisposable
{
    private readonly StreamReader reader = new(input, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);

    public string? ReadLine(string prompt) => reader.ReadLine();

    public void Remember(string line)
    {
        // A script's lines are not a person's: they would push the typed ones out of the history.
    }

    public void Dispose() => reader.Dispose();
}
