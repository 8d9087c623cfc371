using System.Threading.RateLimiting;
using Polly;
using Serilog;

namespace Scraper.Fetching;

/// <summary>
/// Runs one attempt politely: first any pause its host asked for (429 with Retry-After), then a permit of the host's
/// request rate, then (when the run bounds its requests in flight) a request slot, and only then the attempt under its
/// own timeout, no sooner than one period of the rate after the host's last request (<see cref="HostSpacing"/>). What a host is owed is waited for before the slot, so a paused or rate-held host holds none of the
/// run's slots. A 429 with Retry-After pauses the host for every attempt of the run. A host cut off by its breaker gets
/// no request at all.
/// </summary>
internal sealed class PoliteAttempts : IDisposable
{
    private readonly HostPauses pauses;
    private readonly PartitionedRateLimiter<ResilienceContext> limiter = HostRateLimit.Create();
    private readonly ResiliencePipeline<PageResponse> pipeline;
    private readonly HostSpacing spacing;
    private readonly ResiliencePipeline timeout;
    private readonly TimeProvider time;

    public PoliteAttempts(FetchOptions options, TimeProvider time, ILogger log)
    {
        this.time = time;
        pauses = new HostPauses(time, log);
        Rates = new HostRates(options.RequestsPerSecond, options.HostRequestsPerSecond);
        pipeline = FetchPipeline.CreateAttempt(options, time, limiter);
        spacing = new HostSpacing(time);
        timeout = FetchPipeline.CreateAttemptTimeout(options, time);
        Breakers = new HostBreakers(options.HostCutOffAfter, log);
    }

    public HostBreakers Breakers { get; }

    /// <summary>Each host's request rate: --rate, or slower where robots.txt asks for a Crawl-delay.</summary>
    public HostRates Rates { get; }

    public async ValueTask<PageResponse> RunAsync(Uri url, Func<CancellationToken, ValueTask<PageResponse>> send, CancellationToken cancellationToken)
    {
        await pauses.WaitAsync(url.Authority, cancellationToken);
        var context = Rent(url, cancellationToken);
        try
        {
            return Observe(url, await pipeline.ExecuteAsync(c => { Breakers.ThrowIfOpen(url); return send(c.CancellationToken); }, context));
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>
    /// The same, holding one of <paramref name="slots"/> for the attempt only: the pause and the rate are waited for
    /// first, and a pause that began while the attempt waited for its slot gives the slot back and is waited for too.
    /// </summary>
    /// <param name="phases">Gets the wait for the host (pause and rate) and the wait for the slot.</param>
    public async ValueTask<PageResponse> RunAsync(Uri url, IRequestSlots slots, RequestPhases phases, Func<CancellationToken, ValueTask<PageResponse>> send, CancellationToken cancellationToken)
    {
        var host = url.Authority;
        var waitStarted = time.GetTimestamp();
        while (true)
        {
            await pauses.WaitAsync(host, cancellationToken);
            var context = Rent(url, cancellationToken);
            try
            {
                using var permit = await limiter.AcquireAsync(context, 1, cancellationToken);
            }
            finally
            {
                ResilienceContextPool.Shared.Return(context);
            }

            var permitted = time.GetTimestamp();
            phases.PoliteWaitMs += time.GetElapsedTime(waitStarted, permitted).TotalMilliseconds;
            while (true)
            {
                var slotWait = time.GetTimestamp();
                await slots.WaitAsync(host, cancellationToken);
                phases.SlotWaitMs += time.GetElapsedTime(slotWait).TotalMilliseconds;
                var tooSoon = TimeSpan.Zero;
                try
                {
                    // A pause that began while the attempt waited for its slot is waited for without the slot.
                    if (pauses.Remaining(host) > TimeSpan.Zero)
                    {
                        break;
                    }

                    tooSoon = spacing.Claim(host, Rates.For(host));
                    if (tooSoon == TimeSpan.Zero)
                    {
                        Breakers.ThrowIfOpen(url);

                        // A 429 pauses its host before the slot is given back, so no other attempt slips in meanwhile.
                        return Observe(url, await TimedAsync(send, cancellationToken));
                    }
                }
                finally
                {
                    slots.Release(host);
                }

                var spaced = time.GetTimestamp();
                await Task.Delay(tooSoon, time, cancellationToken);
                phases.PoliteWaitMs += time.GetElapsedTime(spaced).TotalMilliseconds;
            }

            waitStarted = time.GetTimestamp();
        }
    }

    private async ValueTask<PageResponse> TimedAsync(Func<CancellationToken, ValueTask<PageResponse>> send, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            return await timeout.ExecuteAsync(static (c, send) => send(c.CancellationToken), context, send);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    public PageResponse Run(Uri url, Func<CancellationToken, PageResponse> send, CancellationToken cancellationToken)
    {
        pauses.Wait(url.Authority, cancellationToken);
        var context = Rent(url, cancellationToken);
        try
        {
            return Observe(url, pipeline.Execute(c => { Breakers.ThrowIfOpen(url); return send(c.CancellationToken); }, context));
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    public void Dispose() => limiter.Dispose();

    private ResilienceContext Rent(Uri url, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(HostRateLimit.HostKey, url.Authority);
        context.Properties.Set(HostRateLimit.RateKey, Rates.For(url.Authority));
        return context;
    }

    private PageResponse Observe(Uri url, PageResponse answer)
    {
        if (answer is { StatusCode: 429, RetryAfter: { } wait })
        {
            pauses.Pause(url.Authority, wait);
        }

        return answer;
    }
}
