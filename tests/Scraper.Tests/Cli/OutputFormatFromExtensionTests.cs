using Scraper.Cli;
using Scraper.Tests.Support;

namespace Scraper.Tests.Cli;

/// <summary>`-o FILE` without --format takes the format from the file's extension; a table never goes to a file.</summary>
public sealed class OutputFormatFromExtensionTests
{
    [Theory]
    [InlineData("words.json", "[")]
    [InlineData("words.jsonl", "{\"keyword\":\"love\"")]
    [InlineData("words.csv", "keyword,")]
    [InlineData("words.md", "#")]
    [InlineData("words.anki.txt", "#separator:tab")]
    [InlineData("WORDS.JSON", "[")]
    public async Task The_extension_picks_the_format(string name, string start)
    {
        using var folder = new TempDirectory();
        var path = Path.Combine(folder.Path, name);

        var run = await CliRun.RunAsync("lookup", "love", "--site", "local", "-o", path);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith(start, File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_json_file_holds_the_json_array_not_the_terminal_table()
    {
        using var folder = new TempDirectory();
        var path = Path.Combine(folder.Path, "words.json");

        var run = await CliRun.RunAsync("lookup", "love", "--site", "local", "-o", path);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("found", JsonResults.Single(File.ReadAllText(path)).Status());
    }

    [Theory]
    [InlineData("words.txt")]
    [InlineData("words")]
    public async Task An_extension_that_names_no_format_is_exit_2_with_one_line_and_no_file(string name)
    {
        using var folder = new TempDirectory();
        var path = Path.Combine(folder.Path, name);

        var run = await CliRun.RunAsync("lookup", "love", "--site", "local", "-o", path);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("the file's extension names no format", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task Format_wins_over_the_extension()
    {
        using var folder = new TempDirectory();
        var path = Path.Combine(folder.Path, "words.json");

        var run = await CliRun.RunAsync("lookup", "love", "--site", "local", "-o", path, "--format", "csv");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("keyword,", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_table_is_never_written_to_a_file_even_when_asked_for()
    {
        using var folder = new TempDirectory();
        var path = Path.Combine(folder.Path, "words.txt");

        var run = await CliRun.RunAsync("lookup", "love", "--site", "local", "-o", path, "--format", "table");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("a table is for the terminal", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }
}
