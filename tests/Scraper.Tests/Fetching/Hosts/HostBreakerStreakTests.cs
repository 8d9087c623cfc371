using Scraper.Fetching;

namespace Scraper.Tests.Fetching.Hosts;

/// <summary>One host's breaker, on its own: N refused or failed pages in a row open it, and it stays open for the run.</summary>
public sealed class HostBreakerStreakTests
{
    [Fact]
    public void The_breaker_stays_open_when_pages_in_flight_when_it_opened_come_back_answered()
    {
        // Arrange
        var breaker = new HostBreaker("dictionary.example", threshold: 3);
        breaker.Record(PageVerdict.Failed);
        breaker.Record(PageVerdict.Refused);
        var opened = breaker.Record(PageVerdict.Failed);

        // Act: pages sent before it opened come back answered.
        var later = new[] { breaker.Record(PageVerdict.Answered), breaker.Record(PageVerdict.Answered) };

        // Assert
        Assert.Equal("dictionary.example refused or failed 3 pages in a row", opened);
        Assert.All(later, Assert.Null);
        Assert.True(breaker.IsOpen);
        var refused = Assert.Throws<HostCutOffException>(breaker.ThrowIfOpen);
        Assert.Equal("not sent: dictionary.example refused or failed 3 pages in a row; stopped", refused.Message);
    }

    [Fact]
    public void An_answered_page_ends_the_streak_before_it_opens()
    {
        var breaker = new HostBreaker("dictionary.example", threshold: 2);

        breaker.Record(PageVerdict.Failed);
        breaker.Record(PageVerdict.Answered);
        breaker.Record(PageVerdict.Failed);

        Assert.False(breaker.IsOpen);
        breaker.ThrowIfOpen();
    }
}
