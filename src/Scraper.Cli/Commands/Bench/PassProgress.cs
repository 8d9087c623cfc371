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
            terminal.Write("\r" + line.PadRight(79)[..Math.Max(79, line.Length)]);
            drawn = true;
        }
    }

    public void Finish(double wallMs, int words)
    {
        lock (gate)
        {
            if (drawn)
            {
                terminal!.Write("\r" + new string(' ', 79) + "\r");
            }
        }

        log.Information("{Label}: {Total} words in {WallMs:0} ms", label, words, wallMs);
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
