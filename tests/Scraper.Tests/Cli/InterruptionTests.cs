using Microsoft.Extensions.Time.Testing;
using Scraper.Cli;

namespace Scraper.Tests.Cli;

public sealed class InterruptionTests
{
    [Fact]
    public void The_first_signal_stops_feeding_and_abandons_the_words_in_flight_only_once_the_grace_is_over()
    {
        // Arrange
        var time = new FakeTimeProvider();
        using var interruption = new Interruption(TimeSpan.FromSeconds(2), listen: false, time);

        // Act
        interruption.Trigger();

        // Assert
        Assert.True(interruption.Interrupted);
        Assert.True(interruption.StopFeeding.IsCancellationRequested);
        Assert.False(interruption.Abort.IsCancellationRequested);
        time.Advance(TimeSpan.FromMilliseconds(1999));
        Assert.False(interruption.Abort.IsCancellationRequested);
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(interruption.Abort.IsCancellationRequested);
    }

    [Fact]
    public void A_second_signal_abandons_the_words_in_flight_at_once()
    {
        var time = new FakeTimeProvider();
        using var interruption = new Interruption(TimeSpan.FromSeconds(2), listen: false, time);

        interruption.Trigger();
        interruption.Trigger();

        Assert.True(interruption.Abort.IsCancellationRequested);
    }

    [Fact]
    public void Without_a_signal_nothing_is_cancelled()
    {
        var time = new FakeTimeProvider();
        using var interruption = new Interruption(TimeSpan.FromSeconds(2), listen: false, time);

        time.Advance(TimeSpan.FromMinutes(1));

        Assert.False(interruption.Interrupted);
        Assert.False(interruption.Abort.IsCancellationRequested);
    }
}
