using Microsoft.Extensions.Time.Testing;
using Scraper.Fetching;

namespace Scraper.Tests.Fetching.Hosts;

/// <summary>The spacing of a host's requests, on a fake clock: one period of its rate after its last request.</summary>
public sealed class HostPolicySpacingTests
{
    private readonly FakeTimeProvider time = new();

    [Fact]
    public void A_request_sooner_than_one_period_after_the_last_waits_out_the_rest_of_it()
    {
        using var host = new HostPolicy("dictionary.example", requestsPerSecond: 2, cutOffAfter: 20, time, Serilog.Core.Logger.None, _ => { });

        var first = host.ClaimSend();
        time.Advance(TimeSpan.FromMilliseconds(200));
        var tooSoon = host.ClaimSend();
        time.Advance(TimeSpan.FromMilliseconds(300));
        var onTime = host.ClaimSend();

        Assert.Equal(TimeSpan.Zero, first);
        Assert.Equal(TimeSpan.FromMilliseconds(300), tooSoon);
        Assert.Equal(TimeSpan.Zero, onTime);
    }

    [Fact]
    public void A_host_without_a_rate_is_never_held_and_a_crawl_delay_slows_it_but_never_speeds_it_up()
    {
        using var host = new HostPolicy("dictionary.example", requestsPerSecond: 0, cutOffAfter: 20, time, Serilog.Core.Logger.None, _ => { });

        Assert.Equal((TimeSpan.Zero, TimeSpan.Zero), (host.ClaimSend(), host.ClaimSend()));
        Assert.True(host.SlowTo(0.5));
        Assert.False(host.SlowTo(2));
        Assert.Equal(0.5, host.RequestsPerSecond);
        Assert.Equal(TimeSpan.FromSeconds(2), host.ClaimSend());
    }
}
