using System.Diagnostics;
using Serilog;

namespace Scraper.Cli.Commands;

/// <summary>Progress of one pass on stderr: a line every two seconds, so a long sync run does not look hung.</summary>
internal sealed class PassProgress(ILogger log, string label, int total) : IProgress<int>
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private long lastReportMs;

    public void Report(int value)
    {
        var now = clock.ElapsedMilliseconds;
        var last = Interlocked.Read(ref lastReportMs);
        if (now - last >= 2000 && value < total && Interlocked.CompareExchange(ref lastReportMs, now, last) == last)
        {
            log.Information("{Label}: {Done}/{Total} words", label, value, total);
        }
    }

    public void Finish(double wallMs) => log.Information("{Label}: {Total} words in {WallMs:0} ms", label, total, wallMs);
}
