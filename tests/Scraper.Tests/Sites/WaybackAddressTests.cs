using Scraper.Sites;

namespace Scraper.Tests.Sites;

public sealed class WaybackAddressTests
{
    [Theory]
    [InlineData("https://web.archive.org/web/20230415083000id_/https://www.macmillandictionary.com/us/dictionary/american/love", "https://www.macmillandictionary.com/us/dictionary/american/love")]
    [InlineData("http://127.0.0.1:5123/web/2023id_/http://www.macmillandictionary.com/dictionary/british/love_2", "http://www.macmillandictionary.com/dictionary/british/love_2")]
    [InlineData("https://web.archive.org/web/20231103091200id_/https://www.macmillaneducation.com/dictionary-closed/?from=love", "https://www.macmillaneducation.com/dictionary-closed/?from=love")]
    [InlineData("https://web.archive.org/web/20230415083000/https:/www.macmillandictionary.com/us/dictionary/american/love", "https://www.macmillandictionary.com/us/dictionary/american/love")]
    [InlineData("https://web.archive.org/web/20230415083000id_/www.macmillandictionary.com/us/dictionary/american/love", "http://www.macmillandictionary.com/us/dictionary/american/love")]
    public void Original_of_an_archive_address_is_the_captured_url(string address, string original)
    {
        Assert.Equal(new Uri(original), WaybackAddress.Original(new Uri(address)));
    }

    [Theory]
    [InlineData("https://www.macmillandictionary.com/us/dictionary/american/love")]
    [InlineData("https://web.archive.org/save/https://www.macmillandictionary.com/")]
    [InlineData("https://web.archive.org/web/latest/https://www.macmillandictionary.com/")]
    [InlineData("https://web.archive.org/web/")]
    public void Original_of_any_other_address_is_null(string address)
    {
        Assert.Null(WaybackAddress.Original(new Uri(address)));
    }

    [Fact]
    public void The_archive_profile_reads_the_dictionarys_host_and_a_live_profile_none()
    {
        Assert.Equal("www.macmillandictionary.com", WaybackAddress.ArchivedHost(SiteCatalog.Find("macmillan-archive")!));
        Assert.Null(WaybackAddress.ArchivedHost(SiteCatalog.Find("macmillan")!));
    }

    [Theory]
    [InlineData("2023", true)]
    [InlineData("20230601", true)]
    [InlineData("20230630235959", true)]
    [InlineData("20230229", false)]
    [InlineData("2023061", true)]
    [InlineData("202", false)]
    [InlineData("202306011200000", false)]
    [InlineData("2023-06-01", false)]
    [InlineData("２０２３", false)]
    public void A_timestamp_is_the_digits_of_a_real_time_down_to_the_year(string timestamp, bool valid)
    {
        Assert.Equal(valid, WaybackAddress.IsTimestamp(timestamp));
    }
}
