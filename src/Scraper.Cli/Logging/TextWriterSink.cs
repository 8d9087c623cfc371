using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace Scraper.Cli.Logging;

/// <summary>
/// Writes log events to stderr (or a test's writer), one line each, never interleaved. <see cref="LogLook.Log"/>:
/// "[12:00:00 INF] message", for -v and for stderr sent to a file; <see cref="LogLook.Sentences"/>: the message
/// alone as a person reads it on a terminal, warnings and errors begun with "Warning:" and "Error:".
/// </summary>
internal sealed class TextWriterSink(TextWriter writer, LogLook look = LogLook.Log) : ILogEventSink
{
    private static readonly MessageTemplateTextFormatter Prefixed = new("[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}");
    private static readonly MessageTemplateTextFormatter Plain = new("{Message:lj}{NewLine}");
    private readonly Lock gate = new();

    public void Emit(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        lock (gate)
        {
            if (look == LogLook.Log)
            {
                Prefixed.Format(logEvent, writer);
            }
            else
            {
                writer.Write(logEvent.Level switch
                {
                    LogEventLevel.Warning => "Warning: ",
                    >= LogEventLevel.Error => "Error: ",
                    _ => "",
                });
                Plain.Format(logEvent, writer);
            }

            writer.Flush();
        }
    }
}
