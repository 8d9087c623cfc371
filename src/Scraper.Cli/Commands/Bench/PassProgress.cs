using System.Diagnostics;
using System.Globalization;
using Serilog;

namespace Scraper.Cli.Commands;

/// <summary>
/// Progress of one pass on stderr, so a long bench does not look hung: on a terminal one line redrawn in place
/// (pass, words done, words under way, pages per second, time left); otherwise a log line every two seconds.
/// </summary>
internal sealed class PassProgress(ILogger log, string label, int total, Func<int> started, TextWriter? terminal, TimeSpan? duration) : IProgress<int>
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly Lock gate = new();
    private readonly int width = terminal is null ? 79 : Columns();
    private long lastReportMs;
    private bool drawn;

    public void Report(int value)
    {
        var now = clock.ElapsedMilliseconds;
        var last = Interlocked.Read(ref lastReportMs);
        var every = terminal is null ? 2000 : 200;
        if (now - last < every || (duration is null && value >= total) || Interlocked.CompareExchange(ref lastReportMs, now, last) != last)
        {
            return;
        }

        var line = Line(value, now);
        if (terminal is null)
        {
            log.Information("{Line:l}", line);
            return;
        }

        lock (gate)
        {
            // Never as wide as the terminal: a line that wraps cannot be redrawn in place, and leaves its tail behind.
            // The cursor goes back to the line's start, so that the "^C" a terminal echoes lands inside the line, which
            // Clear erases, instead of past its end, where it would wrap onto the next line.
            terminal.Write("\r" + (line.Length > width ? line[..width] : line.PadRight(width)) + "\r");
            drawn = true;
        }
    }

    public void Finish(double wallMs, int words)
    {
        Clear();
        log.Information("{Label}: {Total} words in {WallMs:0} ms", label, words, wallMs);
    }

    /// <summary>Erases the progress line, so that what is written next (a stop message) starts a clean line.</summary>
    public void Clear()
    {
        lock (gate)
        {
            if (drawn)
            {
                terminal!.Write("\r" + new string(' ', width) + "\r");
                drawn = false;
            }
        }
    }

    // One column short of the terminal's width (80 columns when it cannot be told).
    private static int Columns()
    {
        try
        {
            return Console.IsErrorRedirected || Console.WindowWidth <= 1 ? 79 : Console.WindowWidth - 1;
        }
        catch (IOException)
        {
            return 79;
        }
    }

    private string Line(int done, long nowMs)
    {
        var seconds = Math.Max(nowMs / 1000.0, 0.001);
        var rate = done / seconds;
        var inFlight = Math.Max(0, started() - done);
        var left = duration is { } d ? Math.Max(0, d.TotalSeconds - seconds) : rate > 0 ? (total - done) / rate : double.NaN;
        var eta = double.IsNaN(left) ? "?" : $"{left.ToString("0", CultureInfo.InvariantCulture)} s";
        var count = duration is null ? $"{Number(done)}/{Number(total)}" : Number(done);
        return $"{label}: {count} words, {Number(inFlight)} under way, {rate.ToString("0.0", CultureInfo.InvariantCulture)} pages/s, {eta} left";
    }

    private static string Number(int value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
