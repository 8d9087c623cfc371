using Site = Scraper.LocalSite.LocalSite;

namespace Scraper.Tests.LocalSite;

/// <summary>One site with no latency and no faults, shared by the page tests of a class.</summary>
public sealed class LocalSiteFixture : IAsyncLifetime
{
    public Site Site { get; private set; } = null!;

    public HttpClient Client { get; } = new();

    public async ValueTask InitializeAsync() => Site = await Site.StartAsync(new());

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Site.DisposeAsync();
    }

    public Task<string> GetPageAsync(string path) =>
        Client.GetStringAsync(new Uri(Site.BaseUrl, path), TestContext.Current.CancellationToken);
}
