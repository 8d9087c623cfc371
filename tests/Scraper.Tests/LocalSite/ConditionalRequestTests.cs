using System.Net;
using System.Net.Http.Headers;

namespace Scraper.Tests.LocalSite;

/// <summary>The local site's validators: an ETag on every page, and 304 for a client whose copy is current.</summary>
public sealed class ConditionalRequestTests(LocalSiteFixture fixture) : IClassFixture<LocalSiteFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_page_carries_an_ETag_that_stays_the_same_while_the_page_does()
    {
        using var first = await fixture.Client.GetAsync(Url("/dictionary/british/apple"), Cancellation);
        using var again = await fixture.Client.GetAsync(Url("/dictionary/british/apple"), Cancellation);
        using var other = await fixture.Client.GetAsync(Url("/dictionary/british/hello"), Cancellation);

        Assert.NotNull(first.Headers.ETag);
        Assert.False(first.Headers.ETag.IsWeak);
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
        Assert.NotEqual(first.Headers.ETag, other.Headers.ETag);
    }

    [Fact]
    public async Task A_matching_If_None_Match_gets_304_without_a_body_and_a_stale_one_gets_the_page()
    {
        using var page = await fixture.Client.GetAsync(Url("/dictionary/british/banana"), Cancellation);
        var etag = page.Headers.ETag!;

        using var current = await SendAsync("/dictionary/british/banana", etag);
        using var stale = await SendAsync("/dictionary/british/banana", new EntityTagHeaderValue("\"0000\""));

        Assert.Equal(HttpStatusCode.NotModified, current.StatusCode);
        Assert.Empty(await current.Content.ReadAsByteArrayAsync(Cancellation));
        Assert.Equal(etag, current.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Equal(await page.Content.ReadAsStringAsync(Cancellation), await stale.Content.ReadAsStringAsync(Cancellation));
    }

    private Uri Url(string path) => new(fixture.Site.BaseUrl, path);

    private async Task<HttpResponseMessage> SendAsync(string path, EntityTagHeaderValue etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Url(path));
        request.Headers.IfNoneMatch.Add(etag);
        return await fixture.Client.SendAsync(request, Cancellation);
    }
}
