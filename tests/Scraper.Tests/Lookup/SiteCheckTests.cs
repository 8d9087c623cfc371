using Scraper.Lookup;
using Scraper.Results;

namespace Scraper.Tests.Lookup;

/// <summary>How `scraper check` judges one word's result, and the verdict of a run.</summary>
public sealed class SiteCheckTests
{
    private static readonly Sense Whole = new("a definition", ["an example"], []);

    [Fact]
    public void A_word_found_with_a_definition_and_an_example_passes()
    {
        // Act
        var check = SiteCheck.Judge(Result(LookupStatus.Found, Entry(Whole, Whole)));

        // Assert
        Assert.Equal((CheckOutcome.Passed, "love: ok: found 1 entry, 2 definitions, 2 examples"), (check.Outcome, check.ToString()));
    }

    [Fact]
    public void Definitions_and_examples_of_sub_senses_count()
    {
        // Arrange
        var sense = new Sense("", [], [new Subsense("a narrower definition", ["a narrower example"])]);

        // Act
        var check = SiteCheck.Judge(Result(LookupStatus.Found, Entry(sense)));

        // Assert
        Assert.True(check.Passed);
    }

    [Theory]
    [InlineData(false, true, "the definition selectors no longer match")]
    [InlineData(true, false, "the example selectors no longer match")]
    public void A_word_found_without_definitions_or_examples_is_drift(bool definition, bool example, string detail)
    {
        // Arrange
        var sense = new Sense(definition ? "a definition" : "", example ? ["an example"] : [], []);

        // Act
        var check = SiteCheck.Judge(Result(LookupStatus.Found, Entry(sense)));

        // Assert
        Assert.Equal(CheckOutcome.Drifted, check.Outcome);
        Assert.EndsWith(detail, check.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LookupStatus.Empty, null, CheckOutcome.Drifted, "drift: the page came but no entry could be read")]
    [InlineData(LookupStatus.Blocked, "the site refused the tool (HTTP 403)", CheckOutcome.Blocked, "blocked: the site refused the tool (HTTP 403)")]
    [InlineData(LookupStatus.NotFound, "HTTP 404", CheckOutcome.NotFound, "not-found: not in the dictionary, but a check word must be")]
    [InlineData(LookupStatus.Failed, "timed out", CheckOutcome.Failed, "failed: timed out")]
    public void Every_other_status_fails_and_says_why(LookupStatus status, string? error, CheckOutcome outcome, string text)
    {
        // Act
        var check = SiteCheck.Judge(Result(status) with { Error = error });

        // Assert
        Assert.Equal(outcome, check.Outcome);
        Assert.StartsWith($"love: {text}", check.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not in the archive")]
    [InlineData("only archived after the dictionary closed")]
    public void A_check_word_the_archive_cannot_give_is_not_blamed_on_the_selectors(string error)
    {
        // Act
        var check = SiteCheck.Judge(Result(LookupStatus.NotFound) with { Error = error });

        // Assert
        Assert.Equal(CheckOutcome.NotFound, check.Outcome);
        Assert.Equal($"love: not-found: {error}, but a check word must be read from it: choose check words it captured before the closure, or another archiveTimestamp", check.ToString());
    }

    [Fact]
    public void The_verdict_counts_the_failures_by_kind_and_says_what_they_mean()
    {
        // Arrange
        var report = new SiteCheckReport("demo", 3, [Word(CheckOutcome.Passed), Word(CheckOutcome.Blocked), Word(CheckOutcome.Drifted)]);

        // Act
        var verdict = report.Verdict;

        // Assert
        Assert.False(report.Passed);
        Assert.Equal(
            "demo: FAILED, 2 of 3 check word(s) do not parse (1 drift, 1 blocked); the site's markup has drifted from the profile's selectors; the site refused the tool",
            verdict);
    }

    [Fact]
    public void Words_left_unchecked_by_an_interruption_fail_the_check()
    {
        // Arrange
        var report = new SiteCheckReport("demo", 2, [Word(CheckOutcome.Passed)]);

        // Act
        var verdict = report.Verdict;

        // Assert
        Assert.False(report.Passed);
        Assert.Equal("demo: FAILED, 1 of 2 check word(s) do not parse (1 not checked: interrupted)", verdict);
    }

    private static WordCheck Word(CheckOutcome outcome) => new("w", outcome, "detail");

    private static Entry Entry(params Sense[] senses) => new("love", null, null, null, senses);

    private static LookupResult Result(LookupStatus status, params Entry[] entries) =>
        new() { Keyword = "love", Url = "http://127.0.0.1/love", Status = status, Entries = entries };
}
