using Scraper.Fetching;

namespace Scraper.Tests.Fetching;

public sealed class HostRateLimitTests
{
    [Theory]
    [InlineData(0.5, 1, 2000)]
    [InlineData(5, 1, 200)]
    [InlineData(50, 1, 20)]
    [InlineData(200, 4, 20)]
    public void The_bucket_spaces_requests_evenly_and_never_holds_more_than_one_periods_tokens(double rate, int tokens, double periodMs)
    {
        var bucket = HostRateLimit.BucketFor(rate);

        Assert.Equal((tokens, tokens), (bucket.TokenLimit, bucket.TokensPerPeriod));
        Assert.Equal(periodMs, bucket.ReplenishmentPeriod.TotalMilliseconds, 6);
        Assert.Equal(int.MaxValue, bucket.QueueLimit);
    }
}
