using Scraper.Cli.Commands;
using Scraper.Output;

namespace Scraper.Tests.Cli;

/// <summary>What an interrupted lookup says about finishing it.</summary>
public sealed class ResumeHintTests
{
    [Fact]
    public void A_resumable_run_is_told_its_own_command_with_resume_quoted_for_the_shell()
    {
        // Arrange
        var request = new LookupRequest
        {
            Format = ResultFormat.Csv,
            Output = "out file.csv",
            CommandLine = ["lookup", "ice cream", "don't", "--format", "csv", "-o", "out file.csv", "--", "-x"],
        };

        // Act
        var hint = ResumeHint.For(request);

        // Assert: --resume before "--", after which it would be a word
        Assert.Equal("To finish them: scraper lookup 'ice cream' 'don'\\''t' --format csv -o 'out file.csv' --resume -- -x", hint);
    }

    [Fact]
    public void A_resumed_run_gets_its_command_unchanged_and_stdin_keywords_are_mentioned()
    {
        // Arrange
        var request = new LookupRequest
        {
            Common = CommonValues.Default with { File = "-" },
            Format = ResultFormat.Jsonl,
            Output = "out.jsonl",
            CommandLine = ["lookup", "-f", "-", "--format", "jsonl", "-o", "out.jsonl", "--resume"],
        };

        // Act
        var hint = ResumeHint.For(request);

        // Assert
        Assert.Equal("To finish them: scraper lookup -f - --format jsonl -o out.jsonl --resume (with the same keywords on stdin)", hint);
    }

    [Theory]
    [InlineData(ResultFormat.Table, "out.txt")]
    [InlineData(ResultFormat.Json, "out.json")]
    [InlineData(ResultFormat.Jsonl, null)]
    public void A_run_that_cannot_be_resumed_says_what_resume_needs(ResultFormat format, string? output)
    {
        // Act
        var hint = ResumeHint.For(new LookupRequest { Format = format, Output = output, CommandLine = ["lookup", "love"] });

        // Assert
        Assert.Equal("Only a run with -o FILE and --format jsonl, csv or anki can be finished with --resume; this one must be run again whole", hint);
    }
}
