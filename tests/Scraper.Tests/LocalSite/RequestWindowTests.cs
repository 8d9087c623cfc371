using Microsoft.Extensions.Time.Testing;
using Scraper.LocalSite.Stats;

namespace Scraper.Tests.LocalSite;

public sealed class RequestWindowTests
{
    [Fact]
    public void Max_is_the_most_arrivals_within_any_one_second_not_per_calendar_second()
    {
        // Arrange
        var time = new FakeTimeProvider();
        var window = new RequestWindow(time);

        // Act: 0.0, 0.3, 0.6, 0.9 | 1.0 (0.0 drops out), 1.05, 1.1: six within (0.1, 1.1].
        foreach (var ms in (int[])[0, 300, 300, 300, 100, 50, 50])
        {
            time.Advance(TimeSpan.FromMilliseconds(ms));
            window.Arrive();
        }

        // Assert
        Assert.Equal(6, window.Max);
    }

    [Fact]
    public void Arrivals_a_second_apart_never_share_a_window_and_a_reset_forgets_the_max()
    {
        // Arrange
        var time = new FakeTimeProvider();
        var window = new RequestWindow(time);
        window.Arrive();
        window.Arrive();

        // Act
        for (var i = 0; i < 5; i++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            window.Arrive();
        }

        var before = window.Max;
        window.Reset();

        // Assert
        Assert.Equal((2, 0), (before, window.Max));
    }
}
