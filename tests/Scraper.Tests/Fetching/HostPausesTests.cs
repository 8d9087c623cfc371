using Microsoft.Extensions.Time.Testing;
using Scraper.Fetching;
using Scraper.Tests.Support;
using Serilog.Events;

namespace Scraper.Tests.Fetching;

/// <summary>The per-host "not before" time a 429 sets, on a fake clock.</summary>
public sealed class HostPausesTests
{
    private readonly FakeTimeProvider time = new();
    private readonly LogCapture log = new();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_attempt_to_a_paused_host_waits_until_the_pause_ends_and_other_hosts_do_not_wait()
    {
        // Arrange
        var pauses = new HostPauses(time, log.Logger);
        pauses.Pause("dictionary.example", TimeSpan.FromSeconds(2));

        // Act
        var paused = pauses.WaitAsync("dictionary.example", Cancellation).AsTask();
        var other = pauses.WaitAsync("other.example", Cancellation).AsTask();
        time.Advance(TimeSpan.FromSeconds(1.9));
        var stillWaiting = !paused.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(0.1));

        // Assert
        Assert.True(other.IsCompletedSuccessfully);
        Assert.True(stillWaiting);
        await paused.WaitAsync(TimeSpan.FromSeconds(5), Cancellation);
        Assert.Equal(TimeSpan.Zero, pauses.Remaining("dictionary.example"));
    }

    [Fact]
    public async Task A_429_during_a_pause_extends_it_and_a_waiting_attempt_waits_for_the_longer_one()
    {
        // Arrange
        var pauses = new HostPauses(time, log.Logger);
        pauses.Pause("dictionary.example", TimeSpan.FromSeconds(1));
        var waiting = pauses.WaitAsync("dictionary.example", Cancellation).AsTask();

        // Act
        time.Advance(TimeSpan.FromSeconds(0.5));
        pauses.Pause("dictionary.example", TimeSpan.FromSeconds(2));
        time.Advance(TimeSpan.FromSeconds(1));
        var waitedPastTheFirstPause = !waiting.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(1));

        // Assert
        Assert.True(waitedPastTheFirstPause);
        await waiting.WaitAsync(TimeSpan.FromSeconds(5), Cancellation);
    }

    [Fact]
    public void A_shorter_429_never_shortens_a_running_pause()
    {
        // Arrange
        var pauses = new HostPauses(time, log.Logger);
        pauses.Pause("dictionary.example", TimeSpan.FromSeconds(10));

        // Act
        pauses.Pause("dictionary.example", TimeSpan.FromSeconds(1));

        // Assert
        Assert.Equal(TimeSpan.FromSeconds(10), pauses.Remaining("dictionary.example"));
    }

    [Fact]
    public void The_pause_is_logged_once_however_many_429s_arrive_during_it_and_again_for_the_next_pause()
    {
        // Arrange
        var pauses = new HostPauses(time, log.Logger);

        // Act
        pauses.Pause("dictionary.example", TimeSpan.FromSeconds(1));
        pauses.Pause("dictionary.example", TimeSpan.FromSeconds(1));
        time.Advance(TimeSpan.FromSeconds(0.5));
        pauses.Pause("dictionary.example", TimeSpan.FromSeconds(1));
        time.Advance(TimeSpan.FromSeconds(1));
        pauses.Pause("dictionary.example", TimeSpan.FromSeconds(3));

        // Assert
        var lines = log.Lines(LogEventLevel.Information);
        Assert.Equal(2, lines.Count);
        Assert.Contains("dictionary.example", lines[0], StringComparison.Ordinal);
        Assert.Contains("for 3 s", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_wait_ends_at_once()
    {
        // Arrange
        var pauses = new HostPauses(time, log.Logger);
        pauses.Pause("dictionary.example", TimeSpan.FromSeconds(30));
        using var cancel = new CancellationTokenSource();

        // Act
        var waiting = pauses.WaitAsync("dictionary.example", cancel.Token).AsTask();
        await cancel.CancelAsync();

        // Assert
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }
}
