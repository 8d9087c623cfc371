using Scraper.LocalSite;
using Site = Scraper.LocalSite.LocalSite;

namespace Scraper.Tests.Remembered;

/// <summary>`scraper cache info|clear` on the default cache.</summary>
public sealed class CacheCommandTests : IDisposable
{
    private readonly TestHome home = new();

    public void Dispose() => home.Dispose();

    [Fact]
    public async Task Info_shows_the_folder_pages_size_and_bound_and_clear_removes_the_pages()
    {
        // Arrange
        await using var site = await Site.StartAsync(new LocalSiteOptions(), TestContext.Current.CancellationToken);
        await home.RunAsync("lookup", "love", "apple", "--base-url", site.BaseUrl.AbsoluteUri);
        var pages = home.CachedPages;

        // Act
        var info = await home.RunAsync("cache", "info");
        var clear = await home.RunAsync("cache", "clear");
        var after = await home.RunAsync("cache");

        // Assert
        Assert.True(pages >= 3, $"love's two pages and apple's: {pages}");
        Assert.Equal(0, info.ExitCode);
        Assert.Equal($"folder: {home.CacheDirectory}", info.OutLines[0]);
        Assert.Equal($"pages: {pages}", info.OutLines[1]);
        Assert.Matches(@"^size: \d+\.\d MB$", info.OutLines[2]);
        Assert.StartsWith("bound: 50.0 MB", info.OutLines[3], StringComparison.Ordinal);
        Assert.Equal(0, clear.ExitCode);
        Assert.StartsWith($"removed {pages} page(s) (", clear.Out, StringComparison.Ordinal);
        Assert.Equal(0, home.CachedPages);
        Assert.Equal("pages: 0", after.OutLines[1]);
    }

    [Fact]
    public async Task Info_on_a_cache_not_made_yet_says_so()
    {
        // Act
        var info = await home.RunAsync("cache", "info");

        // Assert
        Assert.Equal(0, info.ExitCode);
        Assert.Equal($"folder: {home.CacheDirectory} (not made yet)", info.OutLines[0]);
        Assert.Equal("pages: 0", info.OutLines[1]);
    }

    [Fact]
    public async Task Clear_leaves_files_that_are_not_the_caches()
    {
        // Arrange
        Directory.CreateDirectory(home.CacheDirectory);
        var mine = Path.Combine(home.CacheDirectory, "notes.txt");
        await File.WriteAllTextAsync(mine, "keep me", TestContext.Current.CancellationToken);

        // Act
        var clear = await home.RunAsync("cache", "clear");

        // Assert
        Assert.Equal(0, clear.ExitCode);
        Assert.StartsWith("removed 0 page(s)", clear.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(mine));
    }

    [Fact]
    public async Task An_unknown_action_is_a_usage_error()
    {
        // Act
        var run = await home.RunAsync("cache", "wipe");

        // Assert
        Assert.Equal(2, run.ExitCode);
    }
}
