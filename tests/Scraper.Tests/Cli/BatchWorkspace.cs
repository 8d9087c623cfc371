using Scraper.LocalSite;
using Site = Scraper.LocalSite.LocalSite;

namespace Scraper.Tests.Cli;

/// <summary>A temporary folder for result files and a local site to look words up on; both gone on disposal.</summary>
internal sealed class BatchWorkspace : IAsyncDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("scraper-batch-").FullName;
    private Site? site;

    public Site Site => site ?? throw new InvalidOperationException("start the site first");

    public string BaseUrl => Site.BaseUrl.AbsoluteUri;

    public async Task<Site> StartSiteAsync(LocalSiteOptions options) =>
        site = await Site.StartAsync(options, TestContext.Current.CancellationToken);

    public string PathOf(string fileName) => Path.Combine(folder, fileName);

    /// <summary>Waits (30 s at most) until the file has <paramref name="lines"/> whole lines.</summary>
    public static Task WaitForLinesAsync(string path, int lines) => WaitUntilAsync(() => HasLines(path, lines));

    public static bool HasLines(string path, int lines) => File.Exists(path) && File.ReadAllText(path).Count(c => c == '\n') >= lines;

    /// <summary>Polls <paramref name="condition"/>; generous by default, as the machine may be busy.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, TimeSpan? atMost = null)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(atMost ?? TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (site is not null)
        {
            await site.DisposeAsync();
        }

        Directory.Delete(folder, recursive: true);
    }
}
