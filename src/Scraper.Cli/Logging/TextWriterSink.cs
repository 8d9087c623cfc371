using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace Scraper.Cli.Logging;

/// <summary>Writes log events to stderr (or a test's writer), one line each, never interleaved.</summary>
internal sealed class TextWriterSink(TextWriter writer) : ILogEventSink
{
    private readonly MessageTemplateTextFormatter formatter = new("[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}");
    private readonly Lock gate = new();

    public void Emit(LogEvent logEvent)
    {
        lock (gate)
        {
            formatter.Format(logEvent, writer);
            writer.Flush();
        }
    }
}
