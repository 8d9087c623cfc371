using Scraper.LocalSite;
using Scraper.Tests.Support;
using Site = Scraper.LocalSite.LocalSite;

namespace Scraper.Tests.Remembered;

/// <summary>The default cache of single lookups: a repeated word answers at once and offline; batches and --no-cache keep out.</summary>
public sealed class DefaultCacheTests : IDisposable
{
    private readonly TestHome home = new();

    public void Dispose() => home.Dispose();

    [Fact]
    public async Task A_repeated_lookup_is_answered_from_the_default_cache_with_the_site_stopped()
    {
        // Arrange: the local site gives ETags, which --cache DIR would revalidate; the default cache does not.
        string baseUrl;
        CliRun first;
        await using (var site = await Site.StartAsync(new LocalSiteOptions(), TestContext.Current.CancellationToken))
        {
            baseUrl = site.BaseUrl.AbsoluteUri;
            first = await home.RunAsync("lookup", "love", "apple", "--base-url", baseUrl, "--format", "json");
        }

        // Act
        var second = await home.RunAsync("lookup", "love", "apple", "--base-url", baseUrl, "--format", "json");

        // Assert
        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        var results = JsonResults.FromArray(second.Out);
        Assert.All(results, r => Assert.Equal(("found", 0), (r.Status(), r.Attempts())));
        Assert.Equal(
            JsonResults.FromArray(first.Out).Select(r => r.GetProperty("entries").GetRawText()),
            results.Select(r => r.GetProperty("entries").GetRawText()));
        Assert.True(home.CachedPages >= 3, $"love's two pages and apple's: {home.CachedPages}");
    }

    [Fact]
    public async Task No_cache_keeps_nothing_and_asks_the_site_again()
    {
        // Arrange
        await using var site = await Site.StartAsync(new LocalSiteOptions(), TestContext.Current.CancellationToken);
        await home.RunAsync("lookup", "apple", "--base-url", site.BaseUrl.AbsoluteUri, "--no-cache");
        site.ResetStats();

        // Act
        var run = await home.RunAsync("lookup", "apple", "--base-url", site.BaseUrl.AbsoluteUri, "--no-cache");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(1, site.GetStats().Requests);
        Assert.Equal(0, home.CachedPages);
    }

    [Fact]
    public async Task A_lookup_on_site_local_keeps_no_page_in_the_default_cache()
    {
        // Act: its address changes with every run, so a cached page would never be asked for again
        var run = await home.RunAsync("lookup", "apple", "--site", "local");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(0, home.CachedPages);
    }

    [Fact]
    public async Task A_batch_from_a_file_uses_no_default_cache()
    {
        // Arrange
        await using var site = await Site.StartAsync(new LocalSiteOptions(), TestContext.Current.CancellationToken);
        using var folder = new TempDirectory();
        var words = Path.Combine(folder.Path, "words.txt");
        await File.WriteAllTextAsync(words, "apple\n", TestContext.Current.CancellationToken);

        // Act
        var run = await home.RunAsync("lookup", "-f", words, "--base-url", site.BaseUrl.AbsoluteUri);

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(0, home.CachedPages);
        Assert.False(File.Exists(home.HistoryPath));
    }

    [Fact]
    public async Task Eleven_words_are_a_batch_and_use_no_default_cache()
    {
        // Arrange
        await using var site = await Site.StartAsync(new LocalSiteOptions(), TestContext.Current.CancellationToken);
        string[] words = ["apple", "love", "hello", "cat", "dog", "house", "tree", "water", "book", "light", "zzquorp"];

        // Act
        var run = await home.RunAsync(["lookup", .. words, "--base-url", site.BaseUrl.AbsoluteUri, "-q"]);

        // Assert
        Assert.Contains(run.ExitCode, new[] { 0, 1 });
        Assert.Equal(0, home.CachedPages);
    }

    [Fact]
    public async Task No_cache_with_cache_dir_is_a_usage_error()
    {
        // Act
        var run = await home.RunAsync("lookup", "apple", "--no-cache", "--cache", home.Root);

        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--no-cache cannot go with --cache", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_where_the_cache_folder_should_be_warns_and_the_lookup_still_answers()
    {
        // Arrange: as root no permission stops a write, so a file stands where the folder would be made.
        await using var site = await Site.StartAsync(new LocalSiteOptions(), TestContext.Current.CancellationToken);
        Directory.CreateDirectory(Path.GetDirectoryName(home.CacheDirectory)!);
        await File.WriteAllTextAsync(home.CacheDirectory, "not a folder", TestContext.Current.CancellationToken);

        // Act
        var run = await home.RunAsync("lookup", "love", "--base-url", site.BaseUrl.AbsoluteUri, "--format", "json");

        // Assert
        Assert.Equal(0, run.ExitCode);
        var result = JsonResults.Single(run.Out);
        Assert.Equal("found", result.Status());
        Assert.NotEmpty(result.Entries());
        Assert.Single(run.ErrorLines, l => l.Contains("Cannot write to the cache", StringComparison.Ordinal));
        Assert.Equal("not a folder", await File.ReadAllTextAsync(home.CacheDirectory, TestContext.Current.CancellationToken));
    }
}
