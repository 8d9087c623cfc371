using Microsoft.Extensions.Time.Testing;
using Scraper.Fetching;
using Scraper.Tests.Support;
using Serilog.Events;

namespace Scraper.Tests.Fetching;

/// <summary>The "not before" time a 429 sets on its host, on a fake clock.</summary>
public sealed class HostPolicyPauseTests
{
    private readonly FakeTimeProvider time = new();
    private readonly LogCapture log = new();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_attempt_to_a_paused_host_waits_until_the_pause_ends_and_other_hosts_do_not_wait()
    {
        // Arrange
        using var pauses = Host("dictionary.example");
        using var otherHost = Host("other.example");
        pauses.Pause(TimeSpan.FromSeconds(2));

        // Act
        var paused = pauses.WaitOutPauseAsync(Cancellation).AsTask();
        var other = otherHost.WaitOutPauseAsync(Cancellation).AsTask();
        time.Advance(TimeSpan.FromSeconds(1.9));
        var stillWaiting = !paused.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(0.1));

        // Assert
        Assert.True(other.IsCompletedSuccessfully);
        Assert.True(stillWaiting);
        await paused.WaitAsync(TimeSpan.FromSeconds(5), Cancellation);
        Assert.Equal(TimeSpan.Zero, pauses.PauseLeft());
    }

    [Fact]
    public async Task A_429_during_a_pause_extends_it_and_a_waiting_attempt_waits_for_the_longer_one()
    {
        // Arrange
        using var pauses = Host("dictionary.example");
        pauses.Pause(TimeSpan.FromSeconds(1));
        var waiting = pauses.WaitOutPauseAsync(Cancellation).AsTask();

        // Act
        time.Advance(TimeSpan.FromSeconds(0.5));
        pauses.Pause(TimeSpan.FromSeconds(2));
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
        using var pauses = Host("dictionary.example");
        pauses.Pause(TimeSpan.FromSeconds(10));

        // Act
        pauses.Pause(TimeSpan.FromSeconds(1));

        // Assert
        Assert.Equal(TimeSpan.FromSeconds(10), pauses.PauseLeft());
    }

    [Fact]
    public void The_pause_is_logged_once_however_many_429s_arrive_during_it_and_again_for_the_next_pause()
    {
        // Arrange
        using var pauses = Host("dictionary.example");

        // Act
        pauses.Pause(TimeSpan.FromSeconds(1));
        pauses.Pause(TimeSpan.FromSeconds(1));
        time.Advance(TimeSpan.FromSeconds(0.5));
        pauses.Pause(TimeSpan.FromSeconds(1));
        time.Advance(TimeSpan.FromSeconds(1));
        pauses.Pause(TimeSpan.FromSeconds(3));

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
        using var pauses = Host("dictionary.example");
        pauses.Pause(TimeSpan.FromSeconds(30));
        using var cancel = new CancellationTokenSource();

        // Act
        var waiting = pauses.WaitOutPauseAsync(cancel.Token).AsTask();
        await cancel.CancelAsync();

        // Assert
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }

    private HostPolicy Host(string name) => new(name, 0, 20, time, log.Logger, _ => { });
}
