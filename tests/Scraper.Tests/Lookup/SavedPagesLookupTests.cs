using System.Text.Json;
using Scraper.Tests.Parsing;
using Scraper.Tests.Support;

namespace Scraper.Tests.Lookup;

/// <summary>
/// The issue's "done when" for every site with saved pages: `scraper lookup WORDS --site S --base-url` a local
/// server that serves the real saved pages (beside the repository, never in it) at the profile's paths.
/// </summary>
public sealed class SavedPagesLookupTests
{
    [Fact]
    public async Task Cambridge_finds_every_saved_entry_page_and_appel_is_not_found_with_its_suggestions()
    {
        // Act: the two 2024 fragments (entry blocks without a page around them) are served as pages too.
        var run = await LookupAsync("cambridge", "/dictionary/english/",
            [("apple", "apple.html"), ("make", "make.html"), ("hello", "hello-entry-fragment.html"),
             ("present", "present-entry-fragment.html"), ("love", "love-english-chinese-simplified.html"), ("appel", "appel-notfound.html")]);

        // Assert
        Assert.Equal(
            [
                "apple: found | apple null noun 1",
                "make: found | make null verb 17, make null noun 1",
                "hello: found | hello null exclamation, noun 5",
                "present: found | present null noun 4, present null adjective 2, present null verb 8",
                "love: found | love null verb 3, love null noun 9",
                "appel: not-found | appeal, rappel, appal, apparel, appeals, appall, appals, appear, append, apples",
            ],
            run.Summaries);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task Longman_finds_all_homographs_on_one_page_and_jumblish_is_not_found()
    {
        // Act
        var run = await LookupAsync("longman", "/dictionary/", [("love", "love.html"), ("profit", "profit.html"), ("jumblish", "jumblish-notfound.html")]);

        // Assert
        Assert.Equal(
            [
                "love: found | love 1 verb 6, love 2 noun 14",
                "profit: found | profit 1 noun 2, profit 2 verb 2",
                "jumblish: not-found | jumbles, publish, bullish, bumbles, bumbling, demolish, fumbles, fumbling, humbles, humblest",
            ],
            run.Summaries);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task Oxford_follows_love_1_to_love_2_and_jumblish_is_not_found()
    {
        // Act: the bare slug serves the first homograph, as on the site.
        var run = await LookupAsync("oxford", "/definition/english/",
            [("love", "love_1.html"), ("love_1", "love_1.html"), ("love_2", "love_2.html"), ("jumblish", "jumblish-notfound.html")],
            "love", "jumblish");

        // Assert
        Assert.Equal(
            [
                "love: found | love 1 noun 6, love 2 verb 3",
                "jumblish: not-found | jumbles, jumbling, publish, bullish, bumbles, bumbling, demolish, fumbles, fumbling, humbles",
            ],
            run.Summaries);
        Assert.Equal(["/definition/english/jumblish", "/definition/english/love", "/definition/english/love_2"], run.Requests.Order(StringComparer.Ordinal));
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task Collins_finds_the_cobuild_entry_of_how()
    {
        // Act
        var run = await LookupAsync("collins", "/dictionary/english/", [("how", "how.html")]);

        // Assert
        Assert.Equal(["how: found | how null adverb, conjunction, convention, subordinating conjunction 17"], run.Summaries);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task Wiktionary_finds_the_english_entries_of_every_saved_page()
    {
        // Act
        var run = await LookupAsync("wiktionary", "/wiki/", [("house", "house.html"), ("grapple", "grapple.html"), ("test", "test.html")]);

        // Assert
        Assert.Equal(
            [
                "house: found | house null noun 16, house null verb 8, house null noun 1",
                "grapple: found | grapple null verb 5, grapple null noun 3, grapple null verb 1",
                "test: found | test null noun 8, test null verb 7, test null noun 1, test null verb 2, test null noun 1",
            ],
            run.Summaries);
        Assert.Equal(0, run.ExitCode);
    }

    private static async Task<SiteRun> LookupAsync(string site, string prefix, (string Slug, string File)[] pages, params string[] words)
    {
        var folder = SavedPages.RequireFolder(site);
        await using var server = await FixtureServer.StartAsync(TestContext.Current.CancellationToken);
        foreach (var (slug, file) in pages)
        {
            server.Script(prefix + slug, FixtureResponse.Html(File.ReadAllText(Path.Combine(folder, file))));
        }

        string[] lookedUp = words.Length > 0 ? words : [.. pages.Select(p => p.Slug)];
        var run = await CliRun.RunAsync(["lookup", .. lookedUp, "--site", site, "--base-url", server.BaseUrl.AbsoluteUri, "--format", "json"]);
        return new SiteRun(run.ExitCode, [.. JsonResults.FromArray(run.Out).Select(Summary)], server.RequestTargets);
    }

    // "love: found | love 1 verb 4, love 2 noun 5": each entry's headword, homograph, part of speech and number of senses.
    private static string Summary(JsonElement result)
    {
        var details = result.Status() == "found"
            ? result.Entries().Select(e => $"{e.GetProperty("headword").GetString()} {e.GetProperty("homograph").GetRawText()} " +
                $"{e.GetProperty("partOfSpeech").GetString()} {e.GetProperty("senses").GetArrayLength()}")
            : result.Suggestions();
        return $"{result.GetProperty("keyword").GetString()}: {result.Status()} | {string.Join(", ", details)}";
    }

    private sealed record SiteRun(int ExitCode, List<string> Summaries, IReadOnlyList<string> Requests);
}
