using System.Diagnostics;

namespace Scraper.LocalSite.Hosting;

/// <summary>The site's added latency, never shorter than asked.</summary>
internal static class Latency
{
    /// <summary>
    /// Waits at least <paramref name="delay"/> by the precise clock. .NET's timers run on a coarse one (on Linux the
    /// kernel's tick of a few ms): a bare Task.Delay of 20 ms was seen to end after 16.3 ms, about one time in fifty,
    /// which made the bench's first byte read below its own --latency and an async pass beat its ideal.
    /// </summary>
    public static async Task WaitAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        for (var left = delay; left > TimeSpan.Zero; left = delay - Stopwatch.GetElapsedTime(started))
        {
            // Whole milliseconds up: a Task.Delay under 1 ms ends at once, and the loop would spin.
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(left.TotalMilliseconds)), cancellationToken);
        }
    }
}
