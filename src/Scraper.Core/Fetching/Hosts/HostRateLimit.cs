using System.Threading.RateLimiting;
using Polly;

namespace Scraper.Fetching;

/// <summary>
/// A host's request rate as a Polly rate-limiter pipeline over a token bucket that holds one period's tokens, so that
/// requests are spaced evenly instead of sent in bursts; requests over the rate queue, none is refused.
/// </summary>
internal sealed class HostRateLimit : IDisposable
{
    private readonly TokenBucketRateLimiter? bucket;
    private readonly ResiliencePipeline pipeline;

    /// <param name="requestsPerSecond">0: no limit.</param>
    public HostRateLimit(double requestsPerSecond, TimeProvider time)
    {
        RequestsPerSecond = requestsPerSecond;
        if (requestsPerSecond <= 0)
        {
            pipeline = ResiliencePipeline.Empty;
            return;
        }

        bucket = new TokenBucketRateLimiter(BucketFor(requestsPerSecond));
        pipeline = new ResiliencePipelineBuilder { TimeProvider = time }.AddRateLimiter(bucket).Build();
    }

    public double RequestsPerSecond { get; }

    /// <summary>Waits for the host's next permit.</summary>
    public ValueTask AcquireAsync(CancellationToken cancellationToken) =>
        bucket is null ? ValueTask.CompletedTask : pipeline.ExecuteAsync(static _ => ValueTask.CompletedTask, cancellationToken);

    public void Dispose() => bucket?.Dispose();

    internal static TokenBucketRateLimiterOptions BucketFor(double requestsPerSecond)
    {
        // One token a period, down to 20 ms periods; above 50 per second several tokens a period, since timers
        // are not finer than a millisecond or two.
        var tokens = Math.Max(1, (int)Math.Ceiling(requestsPerSecond / 50));
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = tokens,
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = TimeSpan.FromSeconds(tokens / requestsPerSecond),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        };
    }
}
