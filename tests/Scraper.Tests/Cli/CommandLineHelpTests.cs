using Scraper.Tests.Support;

namespace Scraper.Tests.Cli;

/// <summary>Help as a user reads it: values as typed, consistent placeholders, examples and exit codes on every command.</summary>
public sealed class CommandLineHelpTests
{
    [Theory]
    [InlineData("lookup")]
    [InlineData("bench")]
    [InlineData("serve")]
    [InlineData("sites")]
    [InlineData("check")]
    [InlineData("parse")]
    [InlineData("completion")]
    public async Task Each_command_help_ends_with_examples_and_exit_codes_and_shows_no_internal_names(string command)
    {
        // Act
        var run = await CliRun.RunAsync(command, "--help");

        // Assert
        Assert.Equal(0, run.ExitCode);
        var examples = run.Out.IndexOf("Examples:\n", StringComparison.Ordinal);
        var exitCodes = run.Out.IndexOf("Exit codes:\n", StringComparison.Ordinal);
        Assert.InRange(examples, 0, exitCodes);
        Assert.Contains("\n  0    ", run.Out[exitCodes..], StringComparison.Ordinal);
        Assert.Contains("\n  2    bad usage", run.Out[exitCodes..], StringComparison.Ordinal);
        Assert.Contains($"scraper {command}", run.Out[examples..exitCodes], StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\[default: [^\]]*[A-Z]", run.Out);
        Assert.DoesNotContain("Scraper.", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lookup", "<table|json|jsonl|csv|anki|markdown>", "--format Output format [default: table]")]
    [InlineData("lookup", "--homographs <all|first>", "[default: all]")]
    [InlineData("lookup", "-c, --concurrency <N>", "(1 to 1000) [default: 8]")]
    [InlineData("lookup", "--timeout <SECONDS>", "(1 to 3600) [default: 10]")]
    [InlineData("lookup", "-f, --file <PATH>", "--base-url <[NAME=]URL>")]
    [InlineData("lookup", "-s, --site <NAME[,NAME...]|all>", "--user-agent <TEXT>")]
    [InlineData("bench", "-s, --site <NAME>", "--base-url <URL>")]
    [InlineData("bench", "--modes <sync,async,threads>", "[default: sync,async]")]
    [InlineData("bench", "--format <table|json|markdown>", "[default: table]")]
    [InlineData("bench", "--latency <MS>", "(0 to 60000) [default: 300]")]
    [InlineData("serve", "--port <N>", "--fail-rate <P>")]
    [InlineData("sites", "--format <table|json>", "[default: table]")]
    public async Task Help_spells_values_and_placeholders_as_the_user_types_them(string command, string usage, string detail)
    {
        // Act: 80 columns, so that a long line wraps as on a small terminal.
        var run = await CliRun.RunAsync(command, "--help");

        // Assert
        var flat = string.Join(' ', run.Out.Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(usage, flat, StringComparison.Ordinal);
        Assert.Contains(detail, flat, StringComparison.Ordinal);
        Assert.All(run.OutLines, line => Assert.InRange(line.TrimEnd().Length, 0, 80));
    }

    [Fact]
    public async Task The_help_of_scraper_lists_the_commands_and_how_to_start_within_80_columns()
    {
        // Act
        var run = await CliRun.RunAsync("--help");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Commands:", run.Out, StringComparison.Ordinal);
        Assert.Contains("  lookup <WORD>", run.Out, StringComparison.Ordinal);
        Assert.Contains("--info", run.Out, StringComparison.Ordinal);
        Assert.Contains("scraper lookup love --site local", run.Out, StringComparison.Ordinal);
        Assert.All(run.OutLines, line => Assert.InRange(line.TrimEnd().Length, 0, 80));
    }

    [Fact]
    public async Task Help_of_a_command_is_the_same_through_the_help_command()
    {
        // Act
        var option = await CliRun.RunAsync("lookup", "--help");
        var command = await CliRun.RunAsync("help", "lookup");

        // Assert
        Assert.Equal(0, command.ExitCode);
        Assert.Equal(option.Out, command.Out);
    }

    [Fact]
    public async Task Help_of_a_command_that_does_not_exist_suggests_the_nearest()
    {
        // Act
        var run = await CliRun.RunAsync("help", "bnech");

        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("scraper: no command 'bnech'; did you mean 'scraper help bench'?", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task Help_wins_over_a_mistyped_option_as_it_does_in_git()
    {
        // Act
        var run = await CliRun.RunAsync("lookup", "--formt", "csv", "--help");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Exit codes:", run.Out, StringComparison.Ordinal);
        Assert.Equal("", run.Error);
    }
}
