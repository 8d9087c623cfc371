using Scraper.LocalSite;
using Scraper.Tests.Cli;
using Scraper.Tests.Support;
using Site = Scraper.LocalSite.LocalSite;

namespace Scraper.Tests.Remembered;

/// <summary>The real process finds its folders from HOME and the XDG variables (set here to a temporary home).</summary>
public sealed class RememberedProcessTests : IDisposable
{
    private readonly TempDirectory home = new();

    public void Dispose() => home.Dispose();

    [Fact]
    public async Task A_lookup_keeps_its_pages_and_history_under_the_xdg_folders_and_info_names_them()
    {
        // Arrange
        await using var site = await Site.StartAsync(new LocalSiteOptions(), TestContext.Current.CancellationToken);
        var cache = Path.Combine(home.Path, ".cache", "scraper");
        var history = Path.Combine(home.Path, ".local", "share", "scraper", "history.jsonl");

        // Act
        var lookup = await CliProcess.RunWithHomeAsync(home.Path, "lookup", "apple", "--base-url", site.BaseUrl.AbsoluteUri);
        var info = await CliProcess.RunWithHomeAsync(home.Path, "--info");

        // Assert
        Assert.Equal(0, lookup.ExitCode);
        Assert.NotEmpty(Directory.GetFiles(cache, "*.page", SearchOption.AllDirectories));
        Assert.Contains("\"word\":\"apple\"", await File.ReadAllTextAsync(history, TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Contains($"cache: {cache} ", info.Out, StringComparison.Ordinal);
        Assert.Contains($"history: {history} ", info.Out, StringComparison.Ordinal);
    }
}
