using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace Scraper.Tests.Support;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that also tells when the code under test starts to wait: every timer created on
/// it is recorded with its due time. A test then moves the clock only once the wait it means to end has begun, and
/// can tell "still waiting" from "not there yet" without sleeping.
/// </summary>
internal sealed class WatchedClock : TimeProvider
{
    private readonly FakeTimeProvider fake = new();
    private readonly ConcurrentQueue<TimeSpan> dueTimes = new();

    public override long TimestampFrequency => fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => fake.LocalTimeZone;

    public override DateTimeOffset GetUtcNow() => fake.GetUtcNow();

    public override long GetTimestamp() => fake.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = fake.CreateTimer(callback, state, dueTime, period);
        dueTimes.Enqueue(dueTime);
        return timer;
    }

    public void Advance(TimeSpan by) => fake.Advance(by);

    /// <summary>Returns once <paramref name="count"/> timers due in exactly <paramref name="dueTime"/> have been created.</summary>
    public async Task WaitForTimersAsync(int count, TimeSpan dueTime, CancellationToken cancellationToken)
    {
        while (dueTimes.Count(d => d == dueTime) < count)
        {
            await Task.Delay(5, cancellationToken);
        }
    }
}
