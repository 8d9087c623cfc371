using Scraper.Robots;
using Serilog;

namespace Scraper.Fetching;

/// <summary>
/// Everything one host is owed, shared by every site that lands on it: its robots.txt verdict, its request rate
/// (slowed by a Crawl-delay), the spacing of its requests, the pause its 429 asked for, and its breaker. One per host
/// in a run or session (<see cref="HostPolicies"/>).
/// </summary>
internal sealed class HostPolicy : IDisposable
{
    private readonly Lock gate = new();
    private readonly TimeProvider time;
    private readonly ILogger log;
    private readonly Action<string> onCutOff;
    private HostRateLimit rate;
    private DateTimeOffset notBefore = DateTimeOffset.MinValue;
    private long lastSent;
    private (Lazy<Task<RobotsRules>> Read, CancellationToken Starter)? robots;

    public HostPolicy(string host, double requestsPerSecond, int cutOffAfter, TimeProvider time, ILogger log, Action<string> onCutOff)
    {
        Host = host;
        this.time = time;
        this.log = log;
        this.onCutOff = onCutOff;
        rate = new HostRateLimit(requestsPerSecond, time);
        Breaker = new HostBreaker(host, cutOffAfter);
        Created = time.GetTimestamp();
    }

    /// <summary>The authority, e.g. "www.ldoceonline.com" or "127.0.0.1:5000".</summary>
    public string Host { get; }

    /// <summary>When this host's entry began (a timestamp of the run's clock): the age of what it has learnt.</summary>
    public long Created { get; }

    public HostBreaker Breaker { get; }

    /// <summary>Requests per second to this host; 0: no limit.</summary>
    public double RequestsPerSecond => Volatile.Read(ref rate).RequestsPerSecond;

    /// <summary>Holds the host to <paramref name="requestsPerSecond"/> when that is slower than its rate now; true if it was.</summary>
    public bool SlowTo(double requestsPerSecond)
    {
        lock (gate)
        {
            var current = rate.RequestsPerSecond;
            if (requestsPerSecond <= 0 || (current > 0 && current <= requestsPerSecond))
            {
                return false;
            }

            // The old bucket is left to the permits it queued; new requests take the slower one.
            rate = new HostRateLimit(requestsPerSecond, time);
            return true;
        }
    }

    public ValueTask AcquirePermitAsync(CancellationToken cancellationToken) => Volatile.Read(ref rate).AcquireAsync(cancellationToken);

    /// <summary>Holds every attempt to the host for <paramref name="delay"/> from now (a 429's Retry-After, capped by the caller).</summary>
    public void Pause(TimeSpan delay)
    {
        var now = time.GetUtcNow();
        bool starts;
        lock (gate)
        {
            starts = notBefore <= now;
            notBefore = now + delay > notBefore ? now + delay : notBefore;
        }

        // The words in flight when the site started refusing all get a 429: one line for the pause, not one each.
        if (starts)
        {
            log.Information("{Host:l} answered 429 Too Many Requests: pausing every request to it for {Seconds:0.#} s", Host, delay.TotalSeconds);
        }
    }

    /// <summary>How long an attempt must still wait for the host's pause; zero when it may go.</summary>
    public TimeSpan PauseLeft()
    {
        lock (gate)
        {
            var left = notBefore - time.GetUtcNow();
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }

    /// <summary>Waits until the host's pause is over; a loop, because another 429 may extend it meanwhile.</summary>
    public async ValueTask WaitOutPauseAsync(CancellationToken cancellationToken)
    {
        for (var wait = PauseLeft(); wait > TimeSpan.Zero; wait = PauseLeft())
        {
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    /// <summary>
    /// Zero, and the send is recorded, when a request may go now; else how long it must still wait to stay one period
    /// of the rate after the host's last request. Permits granted one period apart may reach their slots together; this
    /// last check, made while the slot is held, keeps them apart. Above 50 a second the bucket's own spacing applies.
    /// </summary>
    public TimeSpan ClaimSend()
    {
        var now = time.GetTimestamp();
        var perSecond = RequestsPerSecond;
        lock (gate)
        {
            if (perSecond is > 0 and <= 50 && lastSent != 0)
            {
                var left = TimeSpan.FromSeconds(1 / perSecond) - time.GetElapsedTime(lastSent, now);
                if (left > TimeSpan.Zero)
                {
                    return left;
                }
            }

            lastSent = now;
            return TimeSpan.Zero;
        }
    }

    /// <summary>Tells the breaker how a page of this host was read.</summary>
    public void Record(PageVerdict verdict)
    {
        if (Breaker.Record(verdict) is { } reason)
        {
            onCutOff(reason);
            log.Warning(
                "{Reason:l}: sending it nothing more this run; its other words end {Status:l} (--resume tries them again)",
                reason, Breaker.Refused ? "blocked" : "failed");
        }
    }

    /// <summary>
    /// The host's robots.txt rules, read once by <paramref name="read"/> under the token of the page that asked first;
    /// pages that ask while it is on its way wait for that one read. A read whose page was cancelled (Ctrl+C in the
    /// shell) is doomed, even while still on its way: the next page that asks starts it again.
    /// </summary>
    public Task<RobotsRules> RobotsAsync(Func<Task<RobotsRules>> read, CancellationToken starter)
    {
        Lazy<Task<RobotsRules>> current;
        lock (gate)
        {
            if (robots is not { } known || known.Starter.IsCancellationRequested || (known.Read.IsValueCreated && known.Read.Value.IsCanceled))
            {
                robots = (new Lazy<Task<RobotsRules>>(read), starter);
            }

            current = robots.Value.Read;
        }

        return current.Value;
    }

    public void Dispose() => rate.Dispose();
}
