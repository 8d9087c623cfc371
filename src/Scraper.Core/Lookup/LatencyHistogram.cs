using HdrHistogram;

namespace Scraper.Lookup;

/// <summary>
/// Percentiles of any number of latencies in constant memory, from an HdrHistogram of microseconds with three
/// significant digits, from 1 µs to an hour: a run of 200,000 pages keeps the same memory as a run of ten. A
/// percentile is the nearest-rank one (as <c>Stats.Percentile</c>) read as the upper edge of its bucket, so at most
/// 0.1 % (or 1 µs) above the value it stands for, and never more than the largest value added.
/// </summary>
public sealed class LatencyHistogram
{
    private const long MicrosPerMs = 1000;
    private const long HighestMicros = 3_600_000_000;
    private readonly LongHistogram micros = new(HighestMicros, 3);

    public long Count => micros.TotalCount;

    public double MaxMs { get; private set; }

    /// <summary>Adds a latency; a value that is not a finite number is ignored, one above an hour counts as an hour.</summary>
    public void Add(double ms)
    {
        if (!double.IsFinite(ms))
        {
            return;
        }

        var value = Math.Clamp((long)Math.Ceiling(ms * MicrosPerMs), 0, HighestMicros);
        micros.RecordValue(value);
        MaxMs = Math.Max(MaxMs, ms);
    }

    /// <summary>The nearest-rank percentile (p50, p99.9, …), to within 0.1 % or 1 µs; 0 when nothing was added.</summary>
    public double Percentile(double percentile)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(percentile);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percentile, 100);
        if (Count == 0)
        {
            return 0;
        }

        // The rank is computed here, not by HdrHistogram's GetValueAtPercentile, which rounds it instead of taking its ceiling.
        var rank = Math.Clamp((long)Math.Ceiling(percentile * Count / 100), 1, Count);
        var value = micros.RecordedValues().First(step => step.TotalCountToThisValue >= rank).ValueIteratedTo;
        return Math.Min(micros.HighestEquivalentValue(value) / (double)MicrosPerMs, MaxMs);
    }
}
