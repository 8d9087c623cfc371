using Polly;

namespace Scraper.Fetching;

/// <summary>
/// Runs one attempt politely: first any pause its host asked for (429 with Retry-After), then a permit of the host's
/// rate, then one of the run's request slots, and only then the attempt under its own timeout, no sooner than one
/// period of the rate after the host's last request. What a host is owed is waited for before the slot, so a paused or
/// rate-held host holds none of the run's slots; a pause that began while the attempt waited for its slot gives the
/// slot back and is waited for too. A 429 with Retry-After pauses the host for every attempt of the run; a host cut
/// off by its breaker gets no request at all.
/// </summary>
internal static class PoliteAttempt
{
    /// <param name="phases">Gets the wait for the host (pause and rate) and the wait for the slot.</param>
    public static async ValueTask<PageResponse> RunAsync(
        HostPolicy host,
        IRequestSlots slots,
        Sending sending,
        ResiliencePipeline<PageResponse> attemptTimeout,
        RequestPhases phases,
        TimeProvider time,
        Func<CancellationToken, ValueTask<PageResponse>> send,
        CancellationToken cancellationToken)
    {
        var waitStarted = time.GetTimestamp();
        while (true)
        {
            await sending.Wait(host.WaitOutPauseAsync(cancellationToken));
            await sending.Wait(host.AcquirePermitAsync(cancellationToken));
            phases.PoliteWaitMs += time.GetElapsedTime(waitStarted).TotalMilliseconds;
            while (true)
            {
                var slotWait = time.GetTimestamp();
                await sending.Wait(slots.WaitAsync(host.Host, cancellationToken));
                phases.SlotWaitMs += time.GetElapsedTime(slotWait).TotalMilliseconds;
                var tooSoon = TimeSpan.Zero;
                try
                {
                    if (host.PauseLeft() > TimeSpan.Zero)
                    {
                        break;
                    }

                    tooSoon = host.ClaimSend();
                    if (tooSoon == TimeSpan.Zero)
                    {
                        host.Breaker.ThrowIfOpen();

                        // A 429 pauses its host before the slot is given back, so no other attempt slips in meanwhile.
                        var answer = await sending.ExecuteAsync(attemptTimeout, send, cancellationToken);
                        if (answer is { StatusCode: 429, RetryAfter: { } wait })
                        {
                            host.Pause(wait);
                        }

                        return answer;
                    }
                }
                finally
                {
                    slots.Release(host.Host);
                }

                var spaced = time.GetTimestamp();
                await sending.Wait(Task.Delay(tooSoon, time, cancellationToken));
                phases.PoliteWaitMs += time.GetElapsedTime(spaced).TotalMilliseconds;
            }

            waitStarted = time.GetTimestamp();
        }
    }
}
