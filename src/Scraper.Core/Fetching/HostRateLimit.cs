using System.Threading.RateLimiting;
using Polly;

namespace Scraper.Fetching;

/// <summary>
/// --rate: at most N requests per second to each host. A token bucket per host that holds one period's tokens,
/// so that requests are spaced evenly instead of sent in bursts; requests over the rate queue, none is refused.
/// </summary>
internal static class HostRateLimit
{
    /// <summary>The host of the attempt a <see cref="ResilienceContext"/> carries: the limiter's partition key.</summary>
    public static readonly ResiliencePropertyKey<string> HostKey = new("scraper.host");

    public static PartitionedRateLimiter<ResilienceContext> Create(double requestsPerSecond) =>
        PartitionedRateLimiter.Create<ResilienceContext, string>(
            context => RateLimitPartition.Get(
                context.Properties.GetValue(HostKey, ""),
                _ => new TokenBucketRateLimiter(BucketFor(requestsPerSecond))),
            StringComparer.OrdinalIgnoreCase);

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
