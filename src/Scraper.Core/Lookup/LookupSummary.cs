using Scraper.Results;

namespace Scraper.Lookup;

/// <summary>
/// A run's results in constant memory: counts by status, retries, pages, bytes and request latencies, plus the
/// words a resumed run skipped because its file already had them; and the exit code they make.
/// <see cref="Add"/> is called for one result at a time; progress displays read the counts from other threads.
/// </summary>
public sealed class LookupSummary
{
    private static readonly int StatusCount = Enum.GetValues<LookupStatus>().Length;
    private readonly int[] counts = new int[StatusCount];
    private readonly int[] skipped = new int[StatusCount];
    private int total;
    private int failures;

    /// <summary>Words looked up in this run.</summary>
    public int Total => Volatile.Read(ref total);

    /// <summary>Words of this run that ended failed, blocked or empty.</summary>
    public int Failures => Volatile.Read(ref failures);

    /// <summary>Words not looked up because a resumed file already had them with a final status.</summary>
    public int Skipped { get; private set; }

    public int Retries { get; private set; }

    public int Pages { get; private set; }

    public long Bytes { get; private set; }

    /// <summary>The request time of every page fetched (its attempts, without waits for a slot or a retry).</summary>
    public LatencyHistogram PageLatency { get; } = new();

    public void Add(LookupResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        counts[(int)result.Status]++;
        Retries += result.Trace.Retries;
        Pages += result.Trace.Pages;
        Bytes += result.Trace.Bytes;
        foreach (var ms in result.Trace.PageRequestMs)
        {
            PageLatency.Add(ms);
        }

        if (IsFailure(result.Status))
        {
            Interlocked.Increment(ref failures);
        }

        Interlocked.Increment(ref total);
    }

    public void AddSkipped(LookupStatus status)
    {
        skipped[(int)status]++;
        Skipped++;
    }

    /// <summary>Words of this run that ended with <paramref name="status"/>.</summary>
    public int Count(LookupStatus status) => counts[(int)status];

    public int SkippedCount(LookupStatus status) => skipped[(int)status];

    /// <summary>
    /// Over this run's words and the skipped ones alike, so a resumed run ends as the whole list would have:
    /// 0 all found · 1 some not in the dictionary, none failed · 3 some failed, blocked or empty.
    /// </summary>
    public int ExitCode => Enum.GetValues<LookupStatus>().Where(s => Both(s) > 0).Select(ExitCodeOf).DefaultIfEmpty(0).Max();

    /// <summary>What one word's status calls for: 3 failed, blocked or empty · 1 not in the dictionary · 0; a run ends with the highest.</summary>
    public static int ExitCodeOf(LookupStatus status) => IsFailure(status) ? 3 : status == LookupStatus.NotFound ? 1 : 0;

    private int Both(LookupStatus status) => Count(status) + SkippedCount(status);

    private static bool IsFailure(LookupStatus status) => status is LookupStatus.Failed or LookupStatus.Blocked or LookupStatus.Empty;
}
