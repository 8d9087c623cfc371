using System.Text.Json;
using Scraper.Tests.Support;

namespace Scraper.Tests.Lookup;

/// <summary>
/// `--site macmillan-archive` through <see cref="ArchiveServer"/>, a local imitation of the Internet Archive:
/// captures from before the closure (30 June 2023) are dictionary pages, captures after it are the site's redirects
/// to the publisher, and a URL never captured is the archive's own 404.
/// </summary>
public sealed class ArchiveLookupTests
{
    private const string American = "https://www.macmillandictionary.com/us/dictionary/american/";
    private const string British = "https://www.macmillandictionary.com/dictionary/british/";
    private const string Publisher = "https://www.macmillaneducation.com/dictionary-closed/";
    private const string Asked = "/web/20230601id_/";

    [Fact]
    public async Task A_word_captured_before_the_closure_is_found_with_its_homographs_from_the_nearest_captures()
    {
        // Arrange: the nearest capture of quindle is the earlier one; of quindle_2, a later one (still before the closure).
        await using var archive = await StartAsync();
        archive.Page(American + "quindle", "20230415083000", Page("quindle_1.html"))
            .Redirect(American + "quindle", "20230904101500", Publisher)
            .Page(American + "quindle_2", "20230620154500", Page("quindle_2.html"));

        // Act
        var run = await LookupAsync(archive, "quindle");

        // Assert
        var result = JsonResults.Single(run.Out);
        Assert.Equal("found", result.Status());
        Assert.Equal([(1, "verb"), (2, "noun")], result.Entries().Select(e => (e.GetProperty("homograph").GetInt32(), e.GetProperty("partOfSpeech").GetString())));
        Assert.Equal(1, archive.RequestsTo(Asked + American + "quindle"));
        Assert.Equal(1, archive.RequestsTo(Asked + American + "quindle_2"));
        Assert.Equal(1, archive.RequestsTo(archive.Address("20230620154500", American + "quindle_2")));
        Assert.DoesNotContain(archive.RequestTargets, t => t.Contains("quindle-stick", StringComparison.Ordinal) || t.Contains("requindle", StringComparison.Ordinal));
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task A_homograph_link_that_the_archive_rewrote_to_a_capture_goes_back_through_the_archive_at_the_profiles_timestamp()
    {
        // Arrange: a capture whose link to quindle_2 points at another capture (as a rewriting archive writes links).
        await using var archive = await StartAsync();
        var rewritten = Page("quindle_1.html").Replace("href=\"" + American + "quindle_2", "href=\"/web/20230415083000/" + American + "quindle_2", StringComparison.Ordinal);
        archive.Page(American + "quindle", "20230415083000", rewritten)
            .Page(American + "quindle_2", "20230620154500", Page("quindle_2.html"));

        // Act
        var run = await LookupAsync(archive, "quindle");

        // Assert
        Assert.Equal(("found", 2), (JsonResults.Single(run.Out).Status(), JsonResults.Single(run.Out).Entries().Count));
        Assert.Equal(1, archive.RequestsTo(Asked + American + "quindle_2"));
        Assert.Equal(0, archive.RequestsTo("/web/20230415083000/" + American + "quindle_2"));
    }

    [Fact]
    public async Task A_word_captured_only_after_the_closure_is_not_found_and_the_publishers_page_is_never_fetched()
    {
        // Arrange
        await using var archive = await StartAsync();
        archive.Redirect(American + "zarnish", "20231103091200", Publisher)
            .Page(Publisher, "20231103091200", Page("education-home.html"));

        // Act
        var run = await LookupAsync(archive, "zarnish");

        // Assert
        var result = JsonResults.Single(run.Out);
        Assert.Equal(("not-found", "only archived after the dictionary closed"), (result.Status(), Error(result)));
        Assert.Empty(result.Entries());
        Assert.Equal(0, archive.RequestsTo(archive.Address("20231103091200", Publisher)));
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task A_word_the_archive_never_captured_is_not_found_not_in_the_archive_and_its_404_page_is_not_parsed()
    {
        // Arrange: the archive's own 404 page reads like a dictionary's "no search result" page.
        await using var archive = await StartAsync();

        // Act
        var run = await LookupAsync(archive, "florble");

        // Assert
        var result = JsonResults.Single(run.Out);
        Assert.Equal(("not-found", "not in the archive", 404), (result.Status(), Error(result), result.GetProperty("httpStatus").GetInt32()));
        Assert.Empty(result.Suggestions());
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task A_capture_redirecting_to_the_dictionarys_other_edition_is_followed()
    {
        // Arrange
        await using var archive = await StartAsync();
        archive.Redirect(American + "zibble", "20230502120000", British + "zibble")
            .Page(British + "zibble", "20230502120000", Page("zibble-british.html"));

        // Act
        var run = await LookupAsync(archive, "zibble");

        // Assert
        var result = JsonResults.Single(run.Out);
        Assert.Equal("found", result.Status());
        Assert.Equal("zibble", Assert.Single(result.Entries()).GetProperty("headword").GetString());
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task Words_archived_before_after_and_never_each_end_with_their_own_status_and_none_is_empty()
    {
        // Arrange
        await using var archive = await StartAsync();
        archive.Page(American + "quindle", "20230415083000", Page("quindle_1.html"))
            .Page(American + "quindle_2", "20230620154500", Page("quindle_2.html"))
            .Page(American + "quindel", "20221130101010", Page("quindel-notfound.html"))
            .Redirect(American + "zarnish", "20231103091200", Publisher)
            .Page(Publisher, "20231103091200", Page("education-home.html"));

        // Act
        var run = await RunAsync(archive, "quindle", "quindel", "zarnish", "florble");

        // Assert
        var results = JsonResults.FromArray(run.Out);
        Assert.Equal(["found", "not-found", "not-found", "not-found"], results.Select(r => r.Status()));
        Assert.Equal([null, null, "only archived after the dictionary closed", "not in the archive"], results.Select(Error));
        Assert.Equal(["quindle", "spindle"], results[1].Suggestions());
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task The_macmillan_profile_behind_an_archive_base_url_tells_the_archives_answers_apart_too()
    {
        // Arrange
        await using var archive = await StartAsync();
        archive.Page(American + "quindle", "20230415083000", Page("quindle_1.html"))
            .Page(American + "quindle_2", "20230620154500", Page("quindle_2.html"))
            .Redirect(American + "zarnish", "20231103091200", Publisher)
            .Page(Publisher, "20231103091200", Page("education-home.html"));
        var proxy = archive.BaseUrl.AbsoluteUri.TrimEnd('/') + "/web/20230601id_/https://www.macmillandictionary.com";

        // Act
        var run = await CliRun.RunAsync("lookup", "quindle", "zarnish", "florble", "--site", "macmillan", "--base-url", proxy, "--format", "json");

        // Assert
        var results = JsonResults.FromArray(run.Out);
        Assert.Equal(["found", "not-found", "not-found"], results.Select(r => r.Status()));
        Assert.Equal([null, "only archived after the dictionary closed", "not in the archive"], results.Select(Error));
        Assert.Equal(2, results[0].Entries().Count);
        Assert.Equal(0, archive.RequestsTo(archive.Address("20231103091200", Publisher)));
        Assert.Equal(1, run.ExitCode);
    }

    private static Task<ArchiveServer> StartAsync() =>
        ArchiveServer.StartAsync(Page("archive-not-archived.html"), TestContext.Current.CancellationToken);

    private static Task<CliRun> LookupAsync(ArchiveServer archive, string word) => RunAsync(archive, word);

    private static Task<CliRun> RunAsync(ArchiveServer archive, params string[] words) =>
        CliRun.RunAsync(["lookup", .. words, "--site", "macmillan-archive", "--base-url", archive.BaseUrl.AbsoluteUri, "--rate", "0", "--format", "json"]);

    private static string? Error(JsonElement result) => result.GetProperty("error").GetString();

    private static string Page(string fileName) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "macmillan-archive", fileName));
}
