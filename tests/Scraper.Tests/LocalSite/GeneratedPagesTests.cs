using Site = Scraper.LocalSite.LocalSite;

namespace Scraper.Tests.LocalSite;

public sealed class GeneratedPagesTests(LocalSiteFixture site) : IClassFixture<LocalSiteFixture>
{
    [Fact]
    public async Task A_generated_page_is_the_same_on_every_request_and_after_a_restart()
    {
        const string path = "/us/dictionary/american/window-sill";
        var first = await site.GetPageAsync(path);
        var second = await site.GetPageAsync(path);

        string afterRestart;
        await using (var restarted = await Site.StartAsync(new(), TestContext.Current.CancellationToken))
        {
            // Links carry the request's host, so ask the new site under the old one's name.
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(restarted.BaseUrl, path));
            request.Headers.Host = site.Site.BaseUrl.Authority;
            using var response = await site.Client.SendAsync(request, TestContext.Current.CancellationToken);
            afterRestart = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        }

        Assert.Equal(first, second);
        Assert.Equal(first, afterRestart);
    }

    [Theory]
    [InlineData("table")]
    [InlineData("quixotic")]
    [InlineData("ice-cream")]
    [InlineData("route66")]
    public async Task A_generated_page_is_a_realistic_size_and_reads_as_an_entry(string slug)
    {
        var html = await site.GetPageAsync("/dictionary/british/" + slug);

        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(html), 10_000, 100_000);
        using var document = MacmillanPageReader.Parse(html);
        var entry = MacmillanPageReader.ReadEntry(document);
        Assert.NotNull(entry);
        Assert.Equal(slug.Replace('-', ' '), entry.Headword);
        Assert.Null(entry.Homograph);
        Assert.NotEmpty(entry.PartOfSpeech!);
        Assert.InRange(entry.Senses.Count, 3, 6);
        Assert.All(entry.Senses, s => Assert.NotEmpty(s.Definition));
        Assert.All(entry.Senses, s => Assert.NotEmpty(s.Examples));
        Assert.Empty(MacmillanPageReader.HomographLinks(document));
    }

    [Theory]
    [InlineData("/dictionary/british/Love")]
    [InlineData("/dictionary/british/two--dashes")]
    [InlineData("/dictionary/british/")]
    [InlineData("/dictionary/british/love_3")]
    [InlineData("/dictionary/french/love")]
    [InlineData("/index.html")]
    public async Task Paths_outside_the_slug_rule_are_not_found(string path)
    {
        using var response = await site.Client.GetAsync(new Uri(site.Site.BaseUrl, path), TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_root_is_an_index_page_linking_each_hand_written_word_and_counted_as_no_request()
    {
        var before = site.Site.GetStats().Requests;
        var index = await site.Client.GetStringAsync(site.Site.BaseUrl, TestContext.Current.CancellationToken);

        foreach (var word in (string[])["love", "hello", "apple", "determine"])
        {
            Assert.Contains($"<a href=\"/us/dictionary/american/{word}\">{word}</a>", index, StringComparison.Ordinal);
        }

        Assert.Equal(before, site.Site.GetStats().Requests);
    }
}
