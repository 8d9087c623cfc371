using System.Text.Json;
using Scraper.LocalSite;
using Site = Scraper.LocalSite.LocalSite;

namespace Scraper.Tests.LocalSite;

/// <summary>
/// `/__stats` stays bounded on a long run: attempt counts for the most recent paths only, while the most attempts at
/// any one path and the number of paths forgotten are kept exactly.
/// </summary>
public sealed class BoundedStatsTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Past_the_limit_the_oldest_paths_are_forgotten_and_the_most_attempts_at_one_path_is_kept()
    {
        // Arrange: a path asked three times first, then 300 other paths, on a site that tracks 100.
        await using var site = await Site.StartAsync(new LocalSiteOptions { TrackedPaths = 100 }, Cancellation);
        using var client = new HttpClient();
        for (var i = 0; i < 3; i++)
        {
            using var retried = await client.GetAsync(new Uri(site.BaseUrl, "/nowhere/retried"), Cancellation);
        }

        for (var i = 0; i < 300; i++)
        {
            using var other = await client.GetAsync(new Uri(site.BaseUrl, $"/nowhere/{i}"), Cancellation);
        }

        // Act
        using var stats = JsonDocument.Parse(await client.GetStringAsync(new Uri(site.BaseUrl, "/__stats"), Cancellation));

        // Assert
        var root = stats.RootElement;
        var byPath = root.GetProperty("attemptsByPath").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(100, byPath.Count);
        Assert.Contains("/nowhere/299", byPath);
        Assert.DoesNotContain("/nowhere/retried", byPath);
        Assert.Equal(3, root.GetProperty("maxAttemptsAtOnePath").GetInt32());
        Assert.Equal(201, root.GetProperty("pathsForgotten").GetInt64());
        Assert.Equal(303, root.GetProperty("requests").GetInt64());
    }

    [Fact]
    public async Task A_reset_clears_the_most_attempts_and_the_forgotten_count_too()
    {
        // Arrange
        await using var site = await Site.StartAsync(new LocalSiteOptions { TrackedPaths = 1 }, Cancellation);
        using var client = new HttpClient();
        using (await client.GetAsync(new Uri(site.BaseUrl, "/nowhere/a"), Cancellation))
        using (await client.GetAsync(new Uri(site.BaseUrl, "/nowhere/a"), Cancellation))
        using (await client.GetAsync(new Uri(site.BaseUrl, "/nowhere/b"), Cancellation))
        {
        }

        // Act
        var before = site.GetStats();
        site.ResetStats();

        // Assert
        Assert.Equal((2, 1L), (before.MaxAttemptsAtOnePath, before.PathsForgotten));
        Assert.Equal((0, 0L), (site.GetStats().MaxAttemptsAtOnePath, site.GetStats().PathsForgotten));
    }
}
