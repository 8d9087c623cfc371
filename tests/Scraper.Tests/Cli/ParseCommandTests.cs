using System.Text.Json;
using Scraper.Tests.Support;

namespace Scraper.Tests.Cli;

/// <summary>`scraper parse FILE... --site NAME`: saved pages read from disk and written as lookup writes its results.</summary>
public sealed class ParseCommandTests
{
    private static readonly string Glimmet = Fixture("merriam-webster", "glimmet-2019.html");
    private static readonly string NotFound = Fixture("merriam-webster", "quindel-notfound.html");

    [Theory]
    [InlineData("table", "a small lamp that burns fish oil")]
    [InlineData("json", "\"definition\":\"a small lamp that burns fish oil\"")]
    [InlineData("jsonl", "\"definition\":\"a small lamp that burns fish oil\"")]
    [InlineData("csv", ",a small lamp that burns fish oil,")]
    [InlineData("markdown", "a small lamp that burns fish oil")]
    [InlineData("anki", "a small lamp that burns fish oil")]
    public async Task A_saved_page_is_written_in_every_format_of_lookup_with_exit_0(string format, string expected)
    {
        // Act
        var run = await CliRun.RunAsync("parse", Glimmet, "--site", "merriam-webster", "--format", format);

        // Assert
        Assert.Contains(expected, run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Ada Quill", run.Out, StringComparison.Ordinal);
        Assert.Equal("", run.Error);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task Json_gives_one_result_per_file_in_order_with_lookups_fields_and_the_file_as_url()
    {
        // Act
        var run = await CliRun.RunAsync("parse", Glimmet, NotFound, "--site", "merriam-webster", "--format", "json");

        // Assert
        var results = JsonResults.FromArray(run.Out);
        Assert.Equal(["glimmet-2019", "quindel-notfound"], results.Select(r => r.GetProperty("keyword").GetString()));
        Assert.All(results, r => Assert.Equal(
            ["keyword", "site", "url", "status", "httpStatus", "attempts", "elapsedMs", "entries", "suggestions", "error"],
            r.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(new Uri(Glimmet).AbsoluteUri, results[0].GetProperty("url").GetString());
        Assert.Equal(["found", "not-found"], results.Select(r => r.Status()));
        Assert.Equal(2, results[0].Entries().Count);
        Assert.NotEmpty(results[1].Suggestions());
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task A_page_the_profile_cannot_read_is_empty_with_the_step_and_selector_in_its_error_and_exit_3()
    {
        // Act: an Oxford-shaped page read with the Merriam-Webster profile.
        var run = await CliRun.RunAsync("parse", Fixture("oxford", "quindle_1.html"), "--site", "merriam-webster", "--format", "json");

        // Assert
        var result = JsonResults.Single(run.Out);
        Assert.Equal("empty", result.Status());
        Assert.Equal("no entry block on the page: nothing matches Entry '[id^='dictionary-entry-']'", result.GetProperty("error").GetString());
        Assert.Equal(3, run.ExitCode);
    }

    [Fact]
    public async Task A_challenge_page_is_blocked_with_exit_3()
    {
        // Act
        var run = await CliRun.RunAsync("parse", Fixture("cambridge", "challenge.html"), "--site", "cambridge", "--format", "jsonl");

        // Assert
        Assert.Equal("blocked", JsonDocument.Parse(run.OutLines.Single()).RootElement.GetProperty("status").GetString());
        Assert.Equal(3, run.ExitCode);
    }

    [Fact]
    public async Task Output_goes_to_the_o_file_and_nothing_to_stdout()
    {
        // Arrange
        using var folder = new TempDirectory();
        var path = Path.Combine(folder.Path, "out.jsonl");

        // Act
        var run = await CliRun.RunAsync("parse", Glimmet, "--site", "merriam-webster", "--format", "jsonl", "-o", path);

        // Assert
        Assert.Equal("", run.Out);
        Assert.Equal("found", JsonDocument.Parse(File.ReadAllLines(path).Single()).RootElement.GetProperty("status").GetString());
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_is_one_line_and_exit_2_with_nothing_written()
    {
        // Arrange
        using var folder = new TempDirectory();
        var missing = Path.Combine(folder.Path, "missing.html");
        var output = Path.Combine(folder.Path, "out.jsonl");

        // Act: the readable page comes first, and is not written either.
        var run = await CliRun.RunAsync("parse", Glimmet, missing, "--site", "merriam-webster", "--format", "jsonl", "-o", output);

        // Assert
        Assert.Equal($"scraper: cannot read '{missing}': no such file", Assert.Single(run.ErrorLines));
        Assert.Equal("", run.Out);
        Assert.False(File.Exists(output));
        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public async Task Several_sites_are_a_usage_error()
    {
        // Act
        var run = await CliRun.RunAsync("parse", Glimmet, "--site", "oxford,longman");

        // Assert
        Assert.Contains("parse reads the pages of one site", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public async Task A_site_file_profile_reads_a_page_of_its_site()
    {
        // Arrange
        using var files = new SiteFiles();
        var profile = files.Write(SiteFiles.Plainwords(new Uri("https://plainwords.example")));

        // Act
        var run = await CliRun.RunAsync("parse", Fixture("sitefile", "kettle.html"), "--site-file", profile, "--format", "json");

        // Assert
        Assert.Equal("found", JsonResults.Single(run.Out).Status());
        Assert.Equal(0, run.ExitCode);
    }

    private static string Fixture(string folder, string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", folder, name);
}
