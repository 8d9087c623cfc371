namespace Scraper.Lookup;

/// <summary>
/// Percentiles of any number of latencies in constant memory: buckets 1 % wide on a log scale, from 0.01 ms to
/// over an hour, so a run of 200,000 pages keeps the same 16 KB as a run of ten. A percentile is the upper edge of
/// its bucket (at most 1 % above the value it stands for), never more than the largest value added.
/// </summary>
public sealed class LatencyHistogram
{
    private const double SmallestMs = 0.01;
    private static readonly double LogStep = Math.Log(1.01);
    private readonly long[] counts = new long[2000];

    public long Count { get; private set; }

    public double MaxMs { get; private set; }

    /// <summary>Adds a latency; a value that is not a finite number is ignored.</summary>
    public void Add(double ms)
    {
        if (!double.IsFinite(ms))
        {
            return;
        }

        counts[Bucket(ms)]++;
        Count++;
        MaxMs = Math.Max(MaxMs, ms);
    }

    /// <summary>The nearest-rank percentile (as <c>Stats.Percentile</c>), to within 1 %; 0 when nothing was added.</summary>
    public double Percentile(double percentile)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(percentile);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percentile, 100);
        if (Count == 0)
        {
            return 0;
        }

        var rank = Math.Clamp((long)Math.Ceiling(percentile * Count / 100), 1, Count);
        long seen = 0;
        var bucket = 0;
        while ((seen += counts[bucket]) < rank)
        {
            bucket++;
        }

        return Math.Min(UpperEdge(bucket), MaxMs);
    }

    // Bucket 0 holds everything up to 0.01 ms; bucket i > 0 holds (0.01 × 1.01^(i-1), 0.01 × 1.01^i].
    private int Bucket(double ms) =>
        ms <= SmallestMs ? 0 : Math.Min(counts.Length - 1, (int)Math.Ceiling(Math.Log(ms / SmallestMs) / LogStep));

    private static double UpperEdge(int bucket) => SmallestMs * Math.Exp(bucket * LogStep);
}
