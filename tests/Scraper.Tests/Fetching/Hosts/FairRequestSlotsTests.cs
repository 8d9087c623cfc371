using Scraper.Fetching;

namespace Scraper.Tests.Fetching.Hosts;

/// <summary>The run's request slots: a bound over every host, and a freed slot to the host with the fewest in flight.</summary>
public sealed class FairRequestSlotsTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_freed_slot_goes_to_the_waiting_host_with_the_fewest_requests_in_flight()
    {
        // Arrange: the slow host holds both slots and waits for a third; then the fast host waits for one.
        var slots = new FairRequestSlots(2);
        await slots.WaitAsync("slow", Cancellation);
        await slots.WaitAsync("slow", Cancellation);
        var slowThird = slots.WaitAsync("slow", Cancellation).AsTask();
        var fast = slots.WaitAsync("fast", Cancellation).AsTask();

        // Act
        slots.Release("slow");

        // Assert: the fast host, which had none in flight, gets it though the slow one asked first.
        await fast.WaitAsync(TimeSpan.FromSeconds(10), Cancellation);
        Assert.False(slowThird.IsCompleted);
        slots.Release("slow");
        await slowThird.WaitAsync(TimeSpan.FromSeconds(10), Cancellation);
    }

    [Fact]
    public async Task A_waiter_cancelled_before_its_turn_leaves_the_queue_and_takes_no_slot()
    {
        // Arrange
        var slots = new FairRequestSlots(1);
        await slots.WaitAsync("a", Cancellation);
        using var cancel = new CancellationTokenSource();
        var cancelled = slots.WaitAsync("b", cancel.Token).AsTask();
        var next = slots.WaitAsync("c", Cancellation).AsTask();

        // Act
        await cancel.CancelAsync();
        slots.Release("a");

        // Assert
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        await next.WaitAsync(TimeSpan.FromSeconds(10), Cancellation);
    }

    [Fact]
    public async Task No_more_than_the_count_are_held_at_once_over_every_host()
    {
        var slots = new FairRequestSlots(2);
        await slots.WaitAsync("a", Cancellation);
        await slots.WaitAsync("b", Cancellation);

        var third = slots.WaitAsync("c", Cancellation).AsTask();

        Assert.False(third.IsCompleted);
        slots.Release("b");
        await third.WaitAsync(TimeSpan.FromSeconds(10), Cancellation);
    }
}
