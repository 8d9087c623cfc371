using Scraper.Results;

namespace Scraper.Tests.Results;

public sealed class CleanTextTests
{
    [Theory]
    [InlineData("  to be   very\n strongly\tattracted ", "to be very strongly attracted")]
    [InlineData("\u001b[31mred\u001b[0m", "[31mred[0m")]
    [InlineData("a\u202Eb\u0000c", "abc")]
    [InlineData(null, "")]
    public void Of_CollapsesWhitespaceAndDropsControlCharacters(string? input, string expected)
    {
        Assert.Equal(expected, CleanText.Of(input));
    }
}
