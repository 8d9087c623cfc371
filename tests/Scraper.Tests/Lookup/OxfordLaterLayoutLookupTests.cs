using Scraper.Tests.Parsing;
using Scraper.Tests.Support;

namespace Scraper.Tests.Lookup;

/// <summary>`scraper lookup --site oxford` against a local server that serves pages of the layout used since about 2019.</summary>
public sealed class OxfordLaterLayoutLookupTests
{
    [Fact]
    public async Task The_bare_slug_follows_its_homograph_link_and_an_unknown_word_is_not_found()
    {
        // Arrange: the bare slug serves the first homograph, as on the site.
        var site = new SiteFixtures("oxford");
        await using var server = await FixtureServer.StartAsync(TestContext.Current.CancellationToken);
        foreach (var (slug, file) in new[] { ("plonder", "plonder_1.html"), ("plonder_2", "plonder_2.html"), ("wubbet", "wubbet.html"), ("plondar", "plondar-notfound.html") })
        {
            server.Script("/definition/english/" + slug, FixtureResponse.Html(site.Read(file)));
        }

        // Act
        var run = await CliRun.RunAsync(["lookup", "plonder", "wubbet", "plondar", "--site", "oxford", "--base-url", server.BaseUrl.AbsoluteUri, "--format", "json"]);

        // Assert
        var results = JsonResults.FromArray(run.Out);
        Assert.Equal(["found", "found", "not-found"], results.Select(r => r.Status()));
        Assert.Equal(
            ["plonder 1 noun 4", "plonder 2 verb 1"],
            results[0].Entries().Select(e => $"{e.GetProperty("headword").GetString()} {e.GetProperty("homograph").GetRawText()} " +
                $"{e.GetProperty("partOfSpeech").GetString()} {e.GetProperty("senses").GetArrayLength()}"));
        Assert.Equal(["plonder", "ponder"], results[2].Suggestions());
        Assert.Equal(
            ["/definition/english/plondar", "/definition/english/plonder", "/definition/english/plonder_2", "/definition/english/wubbet"],
            server.RequestTargets.Order(StringComparer.Ordinal));
        Assert.Equal(1, run.ExitCode);
    }
}
