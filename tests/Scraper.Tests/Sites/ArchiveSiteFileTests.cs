using Scraper.Tests.Cli;
using System.Text.Json;
using Scraper.Sites;
using Scraper.Tests.Support;

namespace Scraper.Tests.Sites;

/// <summary>An archive profile's timestamp in a --site-file: used for every request when good, exit 2 when not.</summary>
public sealed class ArchiveSiteFileTests : IDisposable
{
    private const string American = "https://www.macmillandictionary.com/us/dictionary/american/";
    private const string Template = "/web/{timestamp}id_/" + American + "{slug}";

    private readonly SiteFiles files = new();

    public static TheoryData<string?, string, string> BadArchives => new()
    {
        { "2023-06-01", Template, "'archiveTimestamp' must be a time as the archive writes it, yyyyMMddHHmmss or its first digits down to the year (e.g. 20230601), not '2023-06-01'" },
        { "20231301", Template, "'archiveTimestamp' must be a time as the archive writes it, yyyyMMddHHmmss or its first digits down to the year (e.g. 20230601), not '20231301'" },
        { "202", Template, "'archiveTimestamp' must be a time as the archive writes it, yyyyMMddHHmmss or its first digits down to the year (e.g. 20230601), not '202'" },
        { "20230601", "/us/dictionary/american/{slug}", "'pathTemplate' of an archive profile must be /web/{timestamp}id_/ followed by the archived page's http(s) URL with {slug}" },
        { "20230601", "/web/{timestamp}id_/{timestamp}/{slug}", "'pathTemplate' of an archive profile must be" },
        { null, Template, "'pathTemplate' holds {timestamp}, which only an archive profile has: set 'archiveTimestamp' too" },
    };

    [Fact]
    public async Task An_archive_timestamp_from_a_site_file_is_the_one_asked_for_and_the_homographs_keep_it()
    {
        // Arrange: captures of 2022 and of early 2023; the file asks for March 2022.
        await using var archive = await ArchiveServer.StartAsync(Page("archive-not-archived.html"), TestContext.Current.CancellationToken);
        archive.Page(American + "quindle", "20220310111111", Page("quindle_1.html"))
            .Page(American + "quindle", "20230415083000", Page("quindle_2.html"))
            .Page(American + "quindle_2", "20220320121212", Page("quindle_2.html"));
        var path = files.Write(Archive("202203", Template));

        // Act
        var run = await CliRun.RunAsync("lookup", "quindle", "--site-file", path, "--base-url", archive.BaseUrl.AbsoluteUri, "--rate", "0", "--format", "json");

        // Assert
        var result = JsonResults.Single(run.Out);
        Assert.Equal(("found", 2), (result.Status(), result.Entries().Count));
        Assert.Equal(1, archive.RequestsTo("/web/202203id_/" + American + "quindle"));
        Assert.Equal(1, archive.RequestsTo("/web/202203id_/" + American + "quindle_2"));
        Assert.Equal(0, archive.RequestsTo(archive.Address("20230415083000", American + "quindle")));
        Assert.Equal(0, run.ExitCode);
    }

    [Theory]
    [MemberData(nameof(BadArchives))]
    public async Task A_bad_archive_timestamp_or_template_is_one_line_and_exit_2(string? timestamp, string template, string expected)
    {
        // Arrange
        await using var server = await FixtureServer.StartAsync(TestContext.Current.CancellationToken);
        var path = files.Write(Archive(timestamp, template));

        // Act
        var run = await CliRun.RunAsync("lookup", "love", "--site-file", path, "--base-url", server.BaseUrl.AbsoluteUri);

        // Assert
        UsageAssert.IsUsageError(run, server);
        Assert.Contains($"site file '{path}': {expected}", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => files.Dispose();

    // The built-in archive profile as `scraper sites --format json` writes it, with the timestamp and template given.
    private static string Archive(string? timestamp, string template)
    {
        var profile = SiteCatalog.Find("macmillan-archive")! with { ArchiveTimestamp = timestamp, PathTemplate = template };
        using var json = JsonDocument.Parse(SiteProfileJson.Serialize([profile]));
        return json.RootElement[0].GetRawText();
    }

    private static string Page(string fileName) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "macmillan-archive", fileName));
}
