namespace Scraper.Benchmark;

/// <summary>
/// The open model of --arrival-rate: word i of a pass is due at the pass's start + i / rate, whatever the answers.
/// A word sent late (every request slot busy) is still timed from when it was due, so a slow server cannot hide its
/// queue by slowing the sender down (no coordinated omission).
/// </summary>
public sealed class ArrivalSchedule
{
    private readonly TimeProvider time;
    private long started;

    public ArrivalSchedule(double perSecond, TimeProvider? time = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perSecond);
        PerSecond = perSecond;
        this.time = time ?? TimeProvider.System;
    }

    /// <summary>Words sent a second.</summary>
    public double PerSecond { get; }

    /// <summary>Starts the schedule of a pass at <paramref name="timestamp"/> (a timestamp of the schedule's <see cref="TimeProvider"/>; the system's is the Stopwatch's).</summary>
    public void Begin(long timestamp) => started = timestamp;

    /// <summary>Milliseconds from the pass's start to when word <paramref name="index"/> is due.</summary>
    public double DueMs(int index) => DueMs(PerSecond, index);

    /// <inheritdoc cref="DueMs(int)"/>
    public static double DueMs(double perSecond, int index) => index * 1000 / perSecond;

    /// <summary>Waits until word <paramref name="index"/> is due; at once if it already is (the schedule is behind).</summary>
    public Task WaitAsync(int index, CancellationToken cancellationToken)
    {
        var wait = DueMs(index) - time.GetElapsedTime(started).TotalMilliseconds;
        return wait > 0 ? Task.Delay(TimeSpan.FromMilliseconds(wait), time, cancellationToken) : Task.CompletedTask;
    }
}
