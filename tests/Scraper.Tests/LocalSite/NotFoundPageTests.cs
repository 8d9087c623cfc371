using System.Net;
using Scraper.LocalSite.Pages;

namespace Scraper.Tests.LocalSite;

public sealed class NotFoundPageTests(LocalSiteFixture site) : IClassFixture<LocalSiteFixture>
{
    [Theory]
    [InlineData("zzjumblish")]
    [InlineData("zz")]
    [InlineData("zz-top")]
    public async Task A_word_starting_with_zz_gets_the_sorry_page_with_ten_suggestions_and_status_200(string slug)
    {
        using var response = await site.Client.GetAsync(new Uri(site.Site.BaseUrl, "/us/dictionary/american/" + slug), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = MacmillanPageReader.Parse(html);
        Assert.Null(MacmillanPageReader.ReadEntry(document));
        Assert.Equal($"Sorry, no search result for {slug}.", MacmillanPageReader.Text(document.QuerySelector("#search-results h1")));
        Assert.Equal("Did you mean:", MacmillanPageReader.Text(document.QuerySelector("#didyoumean")));
        var suggestions = document.QuerySelectorAll("#search-results li a").Select(MacmillanPageReader.Text).ToList();
        Assert.Equal(NotFoundPageRenderer.Suggestions(slug), suggestions);
        Assert.Equal(10, suggestions.Distinct().Count());
    }

    [Fact]
    public async Task Suggestions_link_to_pages_on_the_same_site_and_edition()
    {
        using var document = MacmillanPageReader.Parse(await site.GetPageAsync("/dictionary/british/zzq"));

        Assert.All(
            document.QuerySelectorAll("#search-results li a").Select(a => a.GetAttribute("href")!),
            href => Assert.StartsWith(new Uri(site.Site.BaseUrl, "/dictionary/british/").ToString(), href, StringComparison.Ordinal));
    }
}
