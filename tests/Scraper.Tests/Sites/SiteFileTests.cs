using Scraper.Tests.Cli;
using Scraper.Tests.Support;

namespace Scraper.Tests.Sites;

/// <summary>A user's own profile (--site-file) drives lookup, check and bench against a site it describes.</summary>
public sealed class SiteFileTests : IAsyncLifetime
{
    private readonly SiteFiles files = new();
    private FixtureServer server = null!;
    private string profile = null!;

    public async ValueTask InitializeAsync()
    {
        server = await FixtureServer.StartAsync(TestContext.Current.CancellationToken);
        server.Script("/words/kettle", FixtureResponse.Html(SiteFiles.ReadFixture("kettle.html")))
            .Otherwise(FixtureResponse.Html(SiteFiles.ReadFixture("not-found.html")));
        profile = files.Write(SiteFiles.Plainwords(server.BaseUrl));
    }

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        files.Dispose();
    }

    [Fact]
    public async Task Lookup_reads_the_entry_with_the_files_selectors_and_not_the_sidebar()
    {
        // Act
        var run = await CliRun.RunAsync("lookup", "Kettle", "--site-file", profile, "--format", "json");

        // Assert
        var result = JsonResults.Single(run.Out);
        Assert.Equal("found", result.Status());
        var entry = Assert.Single(result.Entries());
        Assert.Equal(("kettle", "noun", "/ˈket.əl/"), (entry.GetProperty("headword").GetString(), entry.GetProperty("partOfSpeech").GetString(), entry.GetProperty("pronunciation").GetString()));
        var senses = entry.GetProperty("senses").EnumerateArray().ToList();
        Assert.Equal(
            ["a covered pot with a spout and a handle, used for heating water", "the amount of water that such a pot holds"],
            senses.Select(s => s.GetProperty("definition").GetString()));
        Assert.Equal([2, 1], senses.Select(s => s.GetProperty("examples").GetArrayLength()));
        Assert.DoesNotContain("sidebar", run.Out, StringComparison.Ordinal);
        Assert.Equal(["/words/kettle"], server.RequestTargets);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task Lookup_of_an_unknown_word_reads_the_files_not_found_markup()
    {
        // Act
        var run = await CliRun.RunAsync("lookup", "ketle", "--site-file", profile, "--format", "json");

        // Assert
        var result = JsonResults.Single(run.Out);
        Assert.Equal("not-found", result.Status());
        Assert.Equal(["kettle", "kettles"], result.Suggestions());
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task Check_passes_when_the_files_check_words_parse_whole()
    {
        // Act
        var run = await CliRun.RunAsync("check", "--site-file", profile);

        // Assert
        Assert.Equal(
            ["kettle: ok: found 1 entry, 2 definitions, 3 examples", "plainwords: OK, all 1 check word(s) parse (found, with definitions and examples)"],
            run.OutLines);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task Check_says_drift_when_a_page_still_has_definitions_but_no_example_is_read()
    {
        // Arrange
        server.Script("/words/kettle", FixtureResponse.Html(SiteFiles.ReadFixture("kettle-bare.html")));

        // Act
        var run = await CliRun.RunAsync("check", "--site-file", profile);

        // Assert
        Assert.Equal("kettle: drift: found 1 entry, 1 definition, 0 examples: the example selectors no longer match", run.OutLines[0]);
        Assert.StartsWith("plainwords: FAILED, 1 of 1 check word(s) do not parse (1 drift)", run.OutLines[1], StringComparison.Ordinal);
        Assert.Equal(3, run.ExitCode);
    }

    [Fact]
    public async Task Bench_takes_the_site_file_too()
    {
        // Act
        var run = await CliRun.RunAsync("bench", "kettle", "--site-file", profile, "--base-url", server.BaseUrl.AbsoluteUri, "--modes", "async", "--format", "json");

        // Assert
        Assert.Contains("\"site\": \"plainwords\"", run.Out, StringComparison.Ordinal);
        Assert.Equal(0, run.ExitCode);
    }
}
