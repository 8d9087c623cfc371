using Scraper.Results;
using Microsoft.Extensions.Time.Testing;
using Scraper.Benchmark;
using Scraper.Fetching;
using Scraper.Lookup;

namespace Scraper.Tests.Benchmark;

/// <summary>The open model: words due on a fixed schedule, latency from when each was due, queueing apart.</summary>
public sealed class ArrivalScheduleTests
{
    [Fact]
    public async Task A_word_waits_until_it_is_due_and_a_late_one_goes_at_once()
    {
        // Arrange: 10 words a second, so word 3 is due at 300 ms
        var time = new FakeTimeProvider();
        var schedule = new ArrivalSchedule(10, time);
        schedule.Begin(time.GetTimestamp());

        // Act
        var third = schedule.WaitAsync(3, TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromMilliseconds(299));
        var early = third.IsCompleted;
        time.Advance(TimeSpan.FromMilliseconds(1));
        await third;
        time.Advance(TimeSpan.FromSeconds(1));

        // Assert
        Assert.False(early);
        Assert.Equal(300, schedule.DueMs(3));
        Assert.True(schedule.WaitAsync(5, TestContext.Current.CancellationToken).IsCompleted, "word 5 was due at 500 ms; it is 1.3 s");
    }

    [Fact]
    public void Latency_counts_from_when_a_word_was_due_and_queueing_is_shown_apart()
    {
        // Arrange: 10 words a second; word 0 sent on time, word 1 sent 150 ms late (due at 100 ms, slot free at 250 ms)
        var pass = new PassSample(BenchMode.Async, 1, 400, [Word(0, 0, 100), Word(100, 150, 100)]) { Started = 0 };
        var settings = BenchSamples.Local(keywords: 2) with { ArrivalRate = 10 };

        // Act
        var run = Assert.Single(BenchReportBuilder.Build(settings, [pass], identicalEntries: true).Runs);

        // Assert: word 1 took 100 ms once sent, but 250 ms from when it was due
        Assert.Equal(10, run.Arrival!.PerSecond);
        Assert.Equal(250, run.Arrival.FromDueMs.Max);
        Assert.Equal(100, run.Arrival.FromDueMs.P50);
        Assert.Equal(150, run.Arrival.QueueMs.Max);
        Assert.Equal(0, run.Arrival.QueueMs.P50);
        Assert.Contains(run.Bounds, b => b.Kind == BoundKind.Rate && b.Ms == 100 && b.Basis.Contains("--arrival-rate", StringComparison.Ordinal));
    }

    // A word whose fetch began at startMs, waited slotMs for a request slot, then took pageMs to answer (no parse time).
    private static PageSample Word(double startMs, double slotMs, double pageMs) =>
        new(pageMs, 200, 1, 1000)
        {
            Timings = [new PageTiming(new FetchPhases((long)(startMs * System.Diagnostics.Stopwatch.Frequency / 1000), slotMs, 0, 0, pageMs, 0, 0, false), 0, 1, 200, 1000)],
        };
}
