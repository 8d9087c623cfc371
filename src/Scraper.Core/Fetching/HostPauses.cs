using Serilog;

namespace Scraper.Fetching;

/// <summary>
/// A "not before" time per host. When a host answers 429 with Retry-After, every attempt to that host waits until
/// then, so the whole run pauses for it instead of each word spending its own retries on a site that said "later".
/// </summary>
internal sealed class HostPauses(TimeProvider time, ILogger log)
{
    private readonly Dictionary<string, DateTimeOffset> notBefore = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock gate = new();

    /// <summary>Holds every attempt to <paramref name="host"/> for <paramref name="delay"/> from now (already capped by the caller).</summary>
    public void Pause(string host, TimeSpan delay)
    {
        var now = time.GetUtcNow();
        var until = now + delay;
        bool starts;
        lock (gate)
        {
            var current = notBefore.GetValueOrDefault(host, DateTimeOffset.MinValue);
            starts = current <= now;
            if (until > current)
            {
                notBefore[host] = until;
            }
        }

        // The words in flight when the site started refusing all get a 429: one line for the pause, not one each.
        if (starts)
        {
            log.Information("{Host:l} answered 429 Too Many Requests: pausing every request to it for {Seconds:0.#} s", host, delay.TotalSeconds);
        }
    }

    /// <summary>How long an attempt to <paramref name="host"/> must still wait; zero when it may go.</summary>
    public TimeSpan Remaining(string host)
    {
        lock (gate)
        {
            var left = notBefore.GetValueOrDefault(host, DateTimeOffset.MinValue) - time.GetUtcNow();
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }

    // A loop, because another 429 may extend the pause while an attempt waits.
    public async ValueTask WaitAsync(string host, CancellationToken cancellationToken)
    {
        for (var wait = Remaining(host); wait > TimeSpan.Zero; wait = Remaining(host))
        {
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    /// <summary>The same wait, blocking the calling thread: the benchmark's "sync" mode.</summary>
    public void Wait(string host, CancellationToken cancellationToken)
    {
        for (var wait = Remaining(host); wait > TimeSpan.Zero; wait = Remaining(host))
        {
            Task.Delay(wait, time, cancellationToken).GetAwaiter().GetResult();
        }
    }
}
