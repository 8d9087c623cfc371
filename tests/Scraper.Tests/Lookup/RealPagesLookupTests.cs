using Scraper.Tests.Parsing;
using Scraper.Tests.Support;

namespace Scraper.Tests.Lookup;

/// <summary>
/// The "done when": the real saved Macmillan pages (beside the repository, never in it) served locally,
/// looked up through `scraper lookup`. Their links point at www.macmillandictionary.com and must be rebased.
/// </summary>
public sealed class RealPagesLookupTests
{
    private const string Prefix = JsonResults.Prefix;

    [Fact]
    public async Task Love_yields_both_homographs_and_jumblish_its_ten_suggestions_with_exit_1()
    {
        // Arrange
        var folder = SavedPages.RequireFolder("macmillan-uk");
        await using var server = await FixtureServer.StartAsync(TestContext.Current.CancellationToken);
        var love = FixtureResponse.Html(File.ReadAllText(Path.Combine(folder, "love.html")));
        server.Script(Prefix + "love", love)
            .Script(Prefix + "love_1", love)
            .Script(Prefix + "love_2", FixtureResponse.Html(File.ReadAllText(Path.Combine(folder, "love_2.html"))))
            .Script(Prefix + "jumblish", FixtureResponse.Html(File.ReadAllText(Path.Combine(folder, "jumblish-notfound.html"))));

        // Act
        var run = await CliRun.LookupAsync(server, "love", "jumblish", "--format", "json");

        // Assert
        var results = JsonResults.FromArray(run.Out);
        Assert.Equal(["found", "not-found"], results.Select(r => r.Status()));
        var entries = results[0].Entries();
        Assert.Equal(
            [(1, "verb", 3), (2, "noun", 7)],
            entries.Select(e => (e.GetProperty("homograph").GetInt32(), e.GetProperty("partOfSpeech").GetString(), e.GetProperty("senses").GetArrayLength())));
        Assert.All(entries, e => Assert.Equal("love", e.GetProperty("headword").GetString()));
        Assert.Equal(10, results[1].Suggestions().Count);
        Assert.Equal("jumbles", results[1].Suggestions()[0]);
        Assert.Equal(1, server.RequestsTo(Prefix + "love_2"));
        Assert.Equal(1, run.ExitCode);
    }
}
