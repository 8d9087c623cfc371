using Scraper.Parsing;

namespace Scraper.Tests.Parsing;

public sealed class HomographNumberTests
{
    [Theory]
    [InlineData("https://www.macmillandictionary.com/dictionary/british/love_2", 2)]
    [InlineData("https://www.macmillandictionary.com/dictionary/british/love_1/", 1)]
    [InlineData("https://www.macmillandictionary.com/dictionary/british/love_12?x=1#top", 12)]
    [InlineData("https://www.macmillandictionary.com/dictionary/british/love", null)]
    [InlineData("https://www.macmillandictionary.com/dictionary/british/ice_cream", null)]
    [InlineData("https://www.macmillandictionary.com/dictionary/british/love_", null)]
    [InlineData("https://www.macmillandictionary.com/dictionary/british/love_0", null)]
    public void FromUrl_reads_the_number_after_the_last_underscore_of_the_last_segment(string url, int? expected)
    {
        Assert.Equal(expected, HomographNumber.FromUrl(new Uri(url)));
    }
}
