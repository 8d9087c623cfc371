using System.Text;
using Spectre.Console;

namespace Scraper.Cli.Logging;

/// <summary>
/// Stderr as the logger sees it: written straight through, except while a progress bar is live, when each line
/// goes through the bar's console, which prints it above the bar instead of across it.
/// </summary>
internal sealed class LogLineWriter(TextWriter inner) : TextWriter
{
    private readonly TextWriter inner = inner;
    private readonly StringBuilder line = new();
    private readonly Lock gate = new();
    private IAnsiConsole? live;

    public override Encoding Encoding => inner.Encoding;

    /// <summary>Sends lines through <paramref name="console"/> until the result is disposed.</summary>
    public IDisposable RouteThrough(IAnsiConsole console)
    {
        lock (gate)
        {
            live = console;
        }

        return new Unroute(this);
    }

    public override void Write(char value)
    {
        lock (gate)
        {
            if (live is null)
            {
                inner.Write(value);
            }
            else if (value == '\n')
            {
                live.Write(new ErasedRows(line.ToString()));
                line.Clear();
            }
            else if (value != '\r')
            {
                line.Append(value);
            }
        }
    }

    public override void Write(string? value)
    {
        lock (gate)
        {
            if (live is null)
            {
                inner.Write(value);
                return;
            }

            foreach (var c in value ?? "")
            {
                Write(c);
            }
        }
    }

    public override void Flush() => inner.Flush();

    private sealed class Unroute(LogLineWriter writer) : IDisposable
    {
        public void Dispose()
        {
            lock (writer.gate)
            {
                writer.live = null;
                writer.inner.Write(writer.line.ToString());
                writer.line.Clear();
            }
        }
    }
}
