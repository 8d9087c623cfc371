using Scraper.Tests.Support;

namespace Scraper.Tests.Lookup;

/// <summary>
/// The default site, macmillan, whose live site now redirects to its publisher: its words are read from the archive's
/// copy by themselves, with one note per run; --no-archive turns that off. Against local imitations of both.
/// </summary>
public sealed class ArchiveFallbackTests : IAsyncLifetime
{
    private const string American = "https://www.macmillandictionary.com/us/dictionary/american/";
    private const string Closure = "https://www.macmillaneducation.com/dictionary-closure/";
    private FixtureServer live = null!;
    private ArchiveServer archive = null!;

    public async ValueTask InitializeAsync()
    {
        live = await FixtureServer.StartAsync(TestContext.Current.CancellationToken);
        live.Otherwise(FixtureResponse.Redirect(Closure)).Script("/robots.txt", FixtureResponse.WithStatus(404));
        archive = await ArchiveServer.StartAsync(Page("archive-not-archived.html"), TestContext.Current.CancellationToken);
        archive.Page(American + "quindle", "20230415083000", Page("quindle_1.html"))
            .Page(American + "quindle_2", "20230620154500", Page("quindle_2.html"));
    }

    public async ValueTask DisposeAsync()
    {
        await live.DisposeAsync();
        await archive.DisposeAsync();
    }

    [Fact]
    public async Task A_word_of_the_closed_live_site_is_read_from_the_archive_with_one_note()
    {
        // Act: only macmillan is chosen; --base-url maps its archive all the same.
        var run = await LookupAsync("quindle");

        // Assert
        var results = JsonResults.FromArray(run.Out);
        Assert.Equal(["found", "not-found"], results.Select(r => r.Status()));
        Assert.All(results, r => Assert.Equal("macmillan", r.GetProperty("site").GetString()));
        Assert.StartsWith(archive.BaseUrl.AbsoluteUri.TrimEnd('/') + "/web/", results[0].GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, results[0].Entries().Count);
        var note = Assert.Single(run.ErrorLines, l => l.Contains("Internet Archive's copy of 1 June 2023", StringComparison.Ordinal));
        Assert.Contains("--no-archive", note, StringComparison.Ordinal);
        Assert.InRange(live.TotalRequests, 1, 2);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task With_no_archive_the_words_fail_as_the_live_site_answered_and_the_archive_is_never_asked()
    {
        var run = await CliRun.RunAsync("lookup", "quindle", "--site", "macmillan", "--base-url", live.BaseUrl.AbsoluteUri, "--no-archive", "--format", "json");

        var result = JsonResults.Single(run.Out);
        Assert.Equal("failed", result.Status());
        Assert.Contains("macmillaneducation.com", result.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Empty(archive.RequestTargets);
        Assert.Equal(3, run.ExitCode);
    }

    [Fact]
    public async Task With_no_archive_the_archive_is_no_site_to_map()
    {
        var run = await LookupAsync("quindle", "--no-archive");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'macmillan-archive' is not among the chosen sites", run.Error, StringComparison.Ordinal);
    }

    private Task<CliRun> LookupAsync(string word, params string[] options) =>
        CliRun.RunAsync(
        [
            "lookup", word, "zzmissing", "--site", "macmillan", "--base-url", $"macmillan={live.BaseUrl.AbsoluteUri}",
            "--base-url", $"macmillan-archive={archive.BaseUrl.AbsoluteUri}", "--rate", "0", "--format", "json", .. options,
        ]);

    private static string Page(string fileName) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "macmillan-archive", fileName));
}
