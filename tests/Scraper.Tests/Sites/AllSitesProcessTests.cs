using Scraper.Tests.Cli;
using Scraper.Tests.Support;

namespace Scraper.Tests.Sites;

/// <summary>
/// Issue 13's "done when", through the built executable: `scraper lookup love --site all` with every site of `all`
/// mapped by --base-url NAME=URL to its own local server prints each site's entries, grouped under the word.
/// </summary>
public sealed class AllSitesProcessTests : IAsyncLifetime
{
    private LoveSites sites = null!;

    public async ValueTask InitializeAsync() => sites = await LoveSites.StartAsync(TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => sites.DisposeAsync();

    [Fact]
    public async Task Lookup_love_on_all_sites_prints_each_sites_entries_under_its_name()
    {
        // Act
        var run = await CliProcess.RunAsync(["lookup", "love", "--site", "all", .. sites.BaseUrlArguments]);

        // Assert
        Assert.True(run.ExitCode == 0, run.Error);
        var lines = run.OutLines.Select(l => l.TrimEnd()).ToList();
        Assert.Single(lines, l => l.Contains("love", StringComparison.Ordinal) && l.Contains("══", StringComparison.Ordinal));
        var siteLines = LoveSites.Names.Select(name => lines.IndexOf(name)).ToList();
        Assert.All(siteLines, index => Assert.True(index > 0, run.Out));
        Assert.Equal(siteLines.Order(), siteLines);
        for (var i = 0; i < siteLines.Count; i++)
        {
            // Under each site's name: its entry (the headword) and at least one numbered definition.
            var end = i + 1 < siteLines.Count ? siteLines[i + 1] : lines.Count;
            var section = lines[(siteLines[i] + 1)..end];
            Assert.StartsWith("love", section[0], StringComparison.Ordinal);
            Assert.Contains(section, l => l.TrimStart().StartsWith("1. ", StringComparison.Ordinal));
        }

        Assert.All(sites.Servers.Values, server => Assert.Contains(server.RequestTargets, t => t.EndsWith("/love", StringComparison.Ordinal)));
    }
}
