using Scraper.Tests.Cli;
using Scraper.Tests.Support;

namespace Scraper.Tests.Lookup;

/// <summary>`scraper check --site a,b`: each site checked, its words and verdict grouped under its name, the exit code over all.</summary>
public sealed class SeveralSitesCheckTests : IAsyncLifetime
{
    private LoveSites sites = null!;

    public async ValueTask InitializeAsync() => sites = await LoveSites.StartAsync(TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => sites.DisposeAsync();

    [Fact]
    public async Task Two_sites_that_parse_are_reported_one_after_the_other_and_exit_0()
    {
        // Act
        var run = await CliRun.RunAsync(["check", "--site", "longman,oxford", .. sites.For("longman", "oxford")]);

        // Assert
        Assert.Equal(
            ["longman:", "  love: ok", "longman: OK", "oxford:", "  love: ok", "oxford: OK", "All 2 sites parse"],
            run.OutLines.Select(l => l.Split([':'], 3) is var parts && parts.Length == 3 ? $"{parts[0]}:{parts[1]}" : l.Split(',')[0]));
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task One_site_that_fails_makes_the_whole_check_exit_3_and_the_others_are_still_checked()
    {
        // Act: cambridge's check words are love and apple; its server has no apple (404).
        var run = await CliRun.RunAsync(["check", "--site", "cambridge,collins", .. sites.For("cambridge", "collins")]);

        // Assert
        Assert.Contains(run.OutLines, l => l.StartsWith("cambridge: FAILED, 1 of 2 check word(s) do not parse", StringComparison.Ordinal));
        Assert.Contains("collins:", run.OutLines);
        Assert.Contains(run.OutLines, l => l.StartsWith("collins: ", StringComparison.Ordinal) && l != "collins:");
        Assert.Equal("Not every site parses: see the FAILED line(s) above", run.OutLines[^1]);
        Assert.Equal(3, run.ExitCode);
    }
}
