using Scraper.Tests.Support;

namespace Scraper.Tests.Cli;

public sealed class SitesCommandTests
{
    [Fact]
    public async Task Sites_lists_both_macmillan_editions_and_exits_0()
    {
        // Act
        var run = await CliRun.RunAsync("sites");

        // Assert
        Assert.Contains("macmillan", run.OutLines);
        Assert.Contains("macmillan-uk", run.OutLines);
        Assert.Contains(run.OutLines, l => l.Contains("/us/dictionary/american/{slug}", StringComparison.Ordinal));
        Assert.Contains(run.OutLines, l => l.Contains("/dictionary/british/{slug}", StringComparison.Ordinal));
        Assert.Equal("", run.Error);
        Assert.Equal(0, run.ExitCode);
    }
}
