using Scraper.Cli;
using Scraper.Cli.Remembered;
using Scraper.Cli.Settings;
using Scraper.Output;
using Scraper.Tests.Support;

namespace Scraper.Tests.Settings;

/// <summary>config.toml: the default site, format and concurrency; the command line wins; a bad file is exit 2 naming it.</summary>
public sealed class UserConfigFileTests : IDisposable
{
    private readonly TempDirectory folder = new();

    private string ConfigPath => Path.Combine(folder.Path, "scraper", "config.toml");

    public void Dispose() => folder.Dispose();

    [Fact]
    public void The_three_keys_are_read_with_comments_and_both_kinds_of_string()
    {
        Write("# my defaults\nsite = 'local'   # offline\nformat = \"jsonl\"\nconcurrency = 1_6\n\n");

        var config = UserConfigFile.Load(ConfigPath);

        Assert.Equal(new UserConfig(ConfigPath, "local", ResultFormat.Jsonl, 16), config);
    }

    [Fact]
    public void No_file_is_no_defaults()
    {
        Assert.Equal(UserConfig.None, UserConfigFile.Load(ConfigPath));
        Assert.Equal(UserConfig.None, UserConfigFile.Load(null));
    }

    [Theory]
    [InlineData("sitee = \"local\"", "line 1: unknown key 'sitee'")]
    [InlineData("[scraper]", "line 1: expected 'key = value'")]
    [InlineData("site = local", "line 1: site needs a quoted text")]
    [InlineData("format = \"xml\"", "line 1: format must be one of")]
    [InlineData("concurrency = 0", "line 1: concurrency must be a whole number from 1 to 1000")]
    [InlineData("site = \"a\"\nsite = \"b\"", "line 2: 'site' is set twice")]
    public void A_bad_line_is_a_usage_error_naming_the_file_and_the_line(string text, string message)
    {
        Write(text);

        var error = Assert.Throws<UsageException>(() => UserConfigFile.Load(ConfigPath));

        Assert.StartsWith($"config file '{ConfigPath}': {message}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lookup_takes_the_site_and_format_of_the_file()
    {
        Write("site = \"local\"\nformat = \"json\"\n");

        var run = await RunAsync("lookup", "love");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("macmillan", JsonResults.Single(run.Out).GetProperty("site").GetString());
    }

    [Fact]
    public async Task The_command_line_wins_over_the_file()
    {
        Write("site = \"longman\"\nformat = \"json\"\n");

        var run = await RunAsync("lookup", "love", "--site", "local", "--format", "csv");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("keyword,", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_file_stops_lookup_with_exit_2_and_one_line_naming_it()
    {
        Write("colour = \"blue\"\n");

        var run = await RunAsync("lookup", "love", "--site", "local");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(ConfigPath, Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task Info_shows_the_file_and_what_it_sets()
    {
        Write("site = \"local\"\n");

        var run = await RunAsync("--info");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains($"config: {ConfigPath} (site = local; options on the command line win)", run.OutLines);
    }

    [Fact]
    public void The_file_is_under_XDG_CONFIG_HOME_else_under_dot_config()
    {
        Assert.Equal("/x/scraper/config.toml", UserFolders.ConfigFor("unix", v => v == "XDG_CONFIG_HOME" ? "/x" : "/home/u"));
        Assert.Equal("/home/u/.config/scraper/config.toml", UserFolders.ConfigFor("unix", v => v == "HOME" ? "/home/u" : null));
    }

    private void Write(string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(ConfigPath)!);
        File.WriteAllText(ConfigPath, text);
    }

    private Task<CliRun> RunAsync(params string[] args) =>
        CliRun.RunAsync("", console => console with { Folders = UserFolders.None with { ConfigPath = ConfigPath } }, args);
}
