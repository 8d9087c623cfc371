using System.Text.Json;
using Scraper.LocalSite;
using Site = Scraper.LocalSite.LocalSite;

namespace Scraper.Tests.Remembered;

/// <summary>A single lookup on several sites is remembered pair by pair, each with its site; "single" counts words, not pairs.</summary>
public sealed class SeveralSitesHistoryTests : IDisposable
{
    private readonly TestHome home = new();

    public void Dispose() => home.Dispose();

    [Fact]
    public async Task Six_words_on_two_sites_are_a_single_lookup_and_the_history_names_each_pairs_site()
    {
        // Arrange: 12 pairs, but 6 words: at most 10 words is a single lookup.
        await using var site = await Site.StartAsync(new LocalSiteOptions(), TestContext.Current.CancellationToken);
        string[] words = ["apple", "hello", "love", "make", "present", "zzquorp"];

        // Act
        var lookup = await home.RunAsync(
        [
            "lookup", .. words, "--site", "macmillan,macmillan-uk",
            "--base-url", $"macmillan={site.BaseUrl.AbsoluteUri}", "--base-url", $"macmillan-uk={site.BaseUrl.AbsoluteUri}",
        ]);
        var history = await home.RunAsync("history", "--format", "json");

        // Assert
        Assert.Equal(1, lookup.ExitCode);
        using var json = JsonDocument.Parse(history.Out);
        var pairs = json.RootElement.EnumerateArray().Select(e => (e.GetProperty("word").GetString()!, e.GetProperty("site").GetString()!)).ToList();
        Assert.Equal(words.SelectMany(w => (string[])[$"{w} macmillan", $"{w} macmillan-uk"]).Order(StringComparer.Ordinal), pairs.Select(p => $"{p.Item1} {p.Item2}").Order(StringComparer.Ordinal));
        Assert.True(home.CachedPages > 0, "the default cache of single lookups was used");
    }
}
