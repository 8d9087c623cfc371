using Scraper.Parsing;

namespace Scraper.Tests.Parsing;

public sealed class PronunciationTests
{
    [Theory]
    [InlineData("/lʌv/", "/lʌv/")]
    [InlineData("lʌv", "/lʌv/")]
    [InlineData(" / lʌv / ", "/lʌv/")]
    [InlineData("//lʌv//", "/lʌv/")]
    [InlineData("/", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Normalize_writes_exactly_one_slash_each_side(string? text, string? expected)
    {
        Assert.Equal(expected, Pronunciation.Normalize(text));
    }
}
