using Scraper.Cli.Usage;

namespace Scraper.Tests.Cli;

/// <summary>The "did you mean" guess: near misses get the real name, far-fetched ones get nothing.</summary>
public sealed class ClosestTests
{
    private static readonly string[] Options = ["--concurrency", "--format", "--file", "--site", "--site-file", "-c", "-f", "-s"];

    [Theory]
    [InlineData("--concurency", "--concurrency")]
    [InlineData("--formt", "--format")]
    [InlineData("--FORMAT", "--format")]
    [InlineData("--si", "--site")]
    [InlineData("-concurrency", "--concurrency")]
    [InlineData("-C", "-c")]
    public void A_near_miss_gets_the_real_name(string typed, string expected) =>
        Assert.Equal(expected, Closest.To(typed, Options));

    [Theory]
    [InlineData("--zzz")]
    [InlineData("-z")]
    [InlineData("--")]
    public void A_far_miss_gets_no_guess(string typed) =>
        Assert.Null(Closest.To(typed, Options));

    [Theory]
    [InlineData("lookpu", "lookup")]
    [InlineData("sties", "sites")]
    [InlineData("bnech", "bench")]
    public void A_swapped_pair_of_letters_is_one_edit(string typed, string expected) =>
        Assert.Equal(expected, Closest.To(typed, ["lookup", "bench", "serve", "sites", "check"]));

    [Fact]
    public void A_word_is_not_mistaken_for_a_command() =>
        Assert.Null(Closest.To("love", ["lookup", "bench", "serve", "sites", "check", "completion", "help"]));
}
