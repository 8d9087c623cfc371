using System.Net;
using Scraper.Parsing;
using Scraper.Sites;
using Scraper.Tests.Parsing;

namespace Scraper.Tests.LocalSite;

/// <summary>The local site's pronunciation recordings: its pages link one per accent, and it serves them as mp3.</summary>
public sealed class RecordingTests(LocalSiteFixture site) : IClassFixture<LocalSiteFixture>
{
    [Theory]
    [InlineData("macmillan", "/us/dictionary/american/", "american")]
    [InlineData("macmillan-uk", "/dictionary/british/", "british")]
    public async Task A_page_links_a_british_and_an_american_recording_that_the_profile_reads(string profile, string prefix, string edition)
    {
        var url = new Uri(site.Site.BaseUrl, prefix + "love_2");
        var html = await site.GetPageAsync(url.AbsolutePath);

        var entry = Assert.Single(new PageParser(SiteCatalog.Find(profile)!).ParseHtml(html, url).Entries);

        Assert.Equal(
            [
                (new Uri(site.Site.BaseUrl, $"/media/{edition}/uk_pron/love_2.mp3").AbsoluteUri, "uk"),
                (new Uri(site.Site.BaseUrl, $"/media/{edition}/us_pron/love_2.mp3").AbsoluteUri, "us"),
            ],
            entry.Audio.Select(r => (r.Url, r.Region)));
    }

    [Fact]
    public async Task A_linked_recording_is_served_as_whole_mpeg_layer_3_frames()
    {
        var url = new Uri(site.Site.BaseUrl, "/us/dictionary/american/quorble");
        var entry = Assert.Single(new PageParser(SiteCatalog.Find("macmillan")!).ParseHtml(await site.GetPageAsync(url.AbsolutePath), url).Entries);

        foreach (var recording in entry.Audio)
        {
            using var response = await site.Client.GetAsync(new Uri(recording.Url), TestContext.Current.CancellationToken);
            var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("audio/mpeg", response.Content.Headers.ContentType?.MediaType);
            Assert.InRange(bytes.Length, 3 * 417, 9 * 417);
            Assert.Equal(0, bytes.Length % 417);
            for (var frame = 0; frame < bytes.Length; frame += 417)
            {
                Assert.Equal([0xFF, 0xFB, 0x90, 0xC4], bytes[frame..(frame + 4)]);
            }
        }
    }

    [Theory]
    [InlineData("/media/american/us_pron/zzjumblish.mp3")]
    [InlineData("/media/british/uk_pron/love_9.mp3")]
    [InlineData("/media/british/uk_pron/Love.mp3")]
    public async Task A_recording_of_no_entry_page_is_404(string path)
    {
        using var response = await site.Client.GetAsync(new Uri(site.Site.BaseUrl, path), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
