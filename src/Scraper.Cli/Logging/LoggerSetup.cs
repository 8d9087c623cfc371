using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace Scraper.Cli.Logging;

/// <summary>Serilog to stderr; -v shows every request, -q only warnings and errors.</summary>
internal static class LoggerSetup
{
    public static Logger Create(TextWriter stderr, bool verbose, bool quiet)
    {
        var level = new LoggingLevelSwitch(verbose ? LogEventLevel.Debug : quiet ? LogEventLevel.Warning : LogEventLevel.Information);
        return new LoggerConfiguration()
            .MinimumLevel.ControlledBy(level)
            .WriteTo.Sink(new TextWriterSink(stderr))
            .CreateLogger();
    }
}
