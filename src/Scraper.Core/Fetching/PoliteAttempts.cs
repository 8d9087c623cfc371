using System.Threading.RateLimiting;
using Polly;
using Serilog;

namespace Scraper.Fetching;

/// <summary>
/// Runs one attempt politely: first any pause its host asked for (429 with Retry-After), then a permit of the host's
/// request rate, then the attempt under its own timeout, which starts only once the request may go. A 429 with
/// Retry-After pauses the host for every attempt of the run. A host cut off by its breaker gets no request at all.
/// </summary>
internal sealed class PoliteAttempts : IDisposable
{
    private readonly HostPauses pauses;
    private readonly PartitionedRateLimiter<ResilienceContext> limiter = HostRateLimit.Create();
    private readonly ResiliencePipeline<PageResponse> pipeline;

    public PoliteAttempts(FetchOptions options, TimeProvider time, ILogger log)
    {
        pauses = new HostPauses(time, log);
        Rates = new HostRates(options.RequestsPerSecond, options.HostRequestsPerSecond);
        pipeline = FetchPipeline.CreateAttempt(options, time, limiter);
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
