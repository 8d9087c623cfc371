using Scraper.Cli.Commands;
using Scraper.Cli.Remembered;
using Scraper.Cli.Shell;
using Scraper.Results;
using Scraper.Sites;
using Scraper.Tests.Support;
using Serilog.Core;

namespace Scraper.Tests.Shell;

/// <summary>A cancelled lookup leaves the shell's session as able to look words up as before.</summary>
public sealed class ShellCancelTests
{
    [Fact]
    public async Task A_lookup_cancelled_while_robots_txt_was_on_its_way_does_not_fail_the_next_words_of_the_site()
    {
        // Arrange: the first robots.txt request never answers; the next says there is none (everything allowed)
        await using var server = await FixtureServer.StartAsync(TestContext.Current.CancellationToken);
        server.Script("/robots.txt", FixtureResponse.Hang, FixtureResponse.WithStatus(404))
            .Serve(JsonResults.Prefix + "florp", "florp_1.html");
        var request = new ShellRequest { Common = CommonValues.Default with { BaseUrl = server.BaseUrl }, Homographs = Scraper.Lookup.HomographMode.First };
        using var session = new ShellSession(request, SiteCatalog.Find("macmillan-uk")!, UserFolders.None, TimeProvider.System, Logger.None);
        using var cancel = new CancellationTokenSource();

        // Act: Ctrl+C while the session waits for robots.txt, then the same word again
        var first = session.LookupAsync("florp", cancel.Token);
        while (server.RequestsTo("/robots.txt") == 0)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        var again = await session.LookupAsync("florp", TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(LookupStatus.Found, again.Status);
        Assert.Equal(2, server.RequestsTo("/robots.txt"));
    }
}
