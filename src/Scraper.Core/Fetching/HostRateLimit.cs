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

    /// <summary>The rate in force for that host (<see cref="HostRates"/>), in requests per second; 0: no limit.</summary>
    public static readonly ResiliencePropertyKey<double> RateKey = new("scraper.rate");

    // Keyed by host and rate: when a Crawl-delay slows a host, its next requests take a new, slower bucket.
    public static PartitionedRateLimiter<ResilienceContext> Create() =>
        PartitionedRateLimiter.Create<ResilienceContext, (string Host, double Rate)>(context =>
        {
            var key = (context.Properties.GetValue(HostKey, "").ToUpperInvariant(), context.Properties.GetValue(RateKey, 0));
            return key.Item2 > 0
                ? RateLimitPartition.Get(key, k => new TokenBucketRateLimiter(BucketFor(k.Item2)))
                : RateLimitPartition.GetNoLimiter(key);
        });

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
