using Scraper.Sites;

namespace Scraper.Tests.Sites;

public sealed class SlugTests
{
    [Theory]
    [InlineData("café", "cafe")]
    [InlineData("naïve", "naive")]
    [InlineData("ice cream", "ice-cream")]
    [InlineData("don't", "don-t")]
    [InlineData("Love", "love")]
    [InlineData("  --Ice   Cream!!  ", "ice-cream")]
    [InlineData("İstanbul", "istanbul")]
    [InlineData("ﬁne", "fine")]
    [InlineData("straße", "stra-e")]
    [InlineData("日本", "")]
    [InlineData("..", "")]
    public void Make_Dashed_FollowsMacmillansRule(string keyword, string expected)
    {
        Assert.Equal(expected, Slug.Make(keyword, SlugRule.Dashed));
    }

    [Theory]
    [InlineData("ice cream", "ice_cream")]
    [InlineData(" ice \t cream ", "ice_cream")]
    [InlineData("café", "caf%C3%A9")]
    [InlineData("cafe\u0301", "caf%C3%A9")]
    [InlineData("a/b?c#d%e\\f@g", "a%2Fb%3Fc%23d%25e%5Cf%40g")]
    [InlineData(".", "%2E")]
    [InlineData("..", "%2E%2E")]
    [InlineData("...", "...")]
    [InlineData("red\u001b\u202E", "red")]
    public void Make_Title_EncodesEverythingButUnreservedCharacters(string keyword, string expected)
    {
        Assert.Equal(expected, Slug.Make(keyword, SlugRule.Title));
    }

    [Theory]
    [InlineData("ice cream", "ice%20cream")]
    [InlineData("don't", "don%27t")]
    [InlineData("Café", "Caf%C3%A9")]
    [InlineData("a/b?c#d", "a%2Fb%3Fc%23d")]
    [InlineData("..", "%2E%2E")]
    [InlineData("  ice \t cream  ", "ice%20cream")]
    public void Make_Escaped_KeepsTheWordAsTypedInOneEncodedSegment(string keyword, string expected)
    {
        Assert.Equal(expected, Slug.Make(keyword, SlugRule.Escaped));
    }
}
