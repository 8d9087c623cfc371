using Scraper.Cli.Progress;

namespace Scraper.Tests.Progress;

public sealed class RunPaceTests
{
    [Theory]
    [InlineData(0, 100, 10, "?")]
    [InlineData(50, 200, 10, "0:30")]
    [InlineData(1, 1000, 10, "2:46:30")]
    [InlineData(200, 200, 10, "0:00")]
    public void Time_left_is_the_words_left_at_the_rate_so_far(int done, int total, int seconds, string left)
    {
        var pace = new RunPace(done, total, 0, TimeSpan.FromSeconds(seconds));

        Assert.Equal(left, pace.TimeLeft);
        Assert.Equal(done / (double)seconds, pace.WordsPerSecond);
    }
}
