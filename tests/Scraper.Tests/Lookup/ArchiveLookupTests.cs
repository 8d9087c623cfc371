using Scraper.Tests.Support;

namespace Scraper.Tests.Lookup;

/// <summary>
/// macmillan-archive through a local stand-in for the Internet Archive: the raw "2023id_" address redirects to a
/// capture's timestamp on the same host, and the archived pages link to the live Macmillan site.
/// </summary>
public sealed class ArchiveLookupTests
{
    private const string Archived = "https://www.macmillandictionary.com/us/dictionary/american/";
    private const string Raw = "/web/2023id_/" + Archived;
    private const string Capture = "/web/20230415083000id_/" + Archived;

    [Fact]
    public async Task A_word_follows_the_redirect_and_its_homograph_link_goes_back_through_the_archive()
    {
        // Arrange
        await using var server = await FixtureServer.StartAsync(TestContext.Current.CancellationToken);
        server.Script(Raw + "quindle", FixtureResponse.Redirect(server.BaseUrl.AbsoluteUri.TrimEnd('/') + Capture + "quindle"))
            .Script(Capture + "quindle", Page("quindle_1.html"))
            .Script(Raw + "quindle_2", FixtureResponse.Redirect(Capture + "quindle_2"))
            .Script(Capture + "quindle_2", Page("quindle_2.html"))
            .Script(Raw + "quindel", Page("quindel-notfound.html"));

        // Act
        var run = await CliRun.RunAsync("lookup", "quindle", "quindel", "--site", "macmillan-archive", "--base-url", server.BaseUrl.AbsoluteUri, "--format", "json");

        // Assert
        var results = JsonResults.FromArray(run.Out);
        Assert.Equal(["found", "not-found"], results.Select(r => r.Status()));
        Assert.Equal([(1, "verb"), (2, "noun")], results[0].Entries().Select(e => (e.GetProperty("homograph").GetInt32(), e.GetProperty("partOfSpeech").GetString())));
        Assert.Equal(["quindle", "spindle"], results[1].Suggestions());
        Assert.Equal(1, server.RequestsTo(Raw + "quindle_2"));
        Assert.DoesNotContain(server.RequestTargets, t => t.Contains("quindle-stick", StringComparison.Ordinal) || t.Contains("requindle", StringComparison.Ordinal));
        Assert.Equal(1, run.ExitCode);
    }

    private static FixtureResponse Page(string fileName) =>
        FixtureResponse.Html(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "macmillan-archive", fileName)));
}
