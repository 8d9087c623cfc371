using Serilog;

namespace Scraper.Cli.Progress;

/// <summary>
/// Progress as a log line every few seconds, for a stderr that is not a terminal (a log file, a CI job): words
/// done of the total, words per second, failures, time left. With -v, the process's memory too.
/// </summary>
internal sealed class ProgressLog : IDisposable
{
    private readonly ILogger log;
    private readonly Func<RunPace> pace;
    private readonly ITimer timer;

    public ProgressLog(ILogger log, Func<RunPace> pace, TimeSpan every, TimeProvider? time = null)
    {
        this.log = log;
        this.pace = pace;
        timer = (time ?? TimeProvider.System).CreateTimer(_ => Report(), null, every, every);
    }

    public void Dispose() => timer.Dispose();

    private void Report()
    {
        var now = pace();
        log.Information(
            "{Done}/{Total} {Unit:l}, {Rate:0.0} {Unit:l}/s, {Failures} failures, {Left} left",
            now.Done, now.Total, now.Unit, now.WordsPerSecond, now.Unit, now.Failures, now.TimeLeft);
        var gc = GC.GetGCMemoryInfo();
        log.Debug(
            "Memory: {Heap:0.0} MB heap after the last GC, {Committed:0.0} MB committed, {Resident:0.0} MB resident, {Collections} GCs",
            gc.HeapSizeBytes / 1048576.0, gc.TotalCommittedBytes / 1048576.0, Environment.WorkingSet / 1048576.0, GC.CollectionCount(0));
    }
}
