using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace Scraper.Cli.Logging;

/// <summary>
/// Serilog to stderr; -v shows every request, -q only warnings and errors. On a terminal, without -v, lines are
/// sentences (summaries, warnings, hints); with -v, or when stderr goes to a file or a pipe, they are log lines
/// with the time and level first.
/// </summary>
internal static class LoggerSetup
{
    public static Logger Create(TextWriter stderr, bool verbose, bool quiet, bool terminal = false)
    {
        var level = new LoggingLevelSwitch(verbose ? LogEventLevel.Debug : quiet ? LogEventLevel.Warning : LogEventLevel.Information);
        return new LoggerConfiguration()
            .MinimumLevel.ControlledBy(level)
            .WriteTo.Sink(new TextWriterSink(stderr, terminal && !verbose ? LogLook.Sentences : LogLook.Log))
            .CreateLogger();
    }
}
