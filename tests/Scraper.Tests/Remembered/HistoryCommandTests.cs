using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Scraper.LocalSite;
using Site = Scraper.LocalSite.LocalSite;

namespace Scraper.Tests.Remembered;

/// <summary>`scraper history`: the words of single lookups, newest first, with when and from which site.</summary>
public sealed class HistoryCommandTests : IDisposable
{
    private readonly TestHome home = new();

    public void Dispose() => home.Dispose();

    [Fact]
    public async Task Two_lookups_are_listed_newest_first_as_json()
    {
        // Arrange: two runs an hour apart by the console's clock.
        await using var site = await Site.StartAsync(new LocalSiteOptions(), TestContext.Current.CancellationToken);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        await home.RunAsync(time, "lookup", "apple", "--base-url", site.BaseUrl.AbsoluteUri);
        time.Advance(TimeSpan.FromHours(1));
        await home.RunAsync(time, "lookup", "hello", "zzquorp", "--site", "macmillan-uk", "--base-url", site.BaseUrl.AbsoluteUri);

        // Act
        var run = await home.RunAsync("history", "--format", "json");

        // Assert
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var entries = json.RootElement.EnumerateArray().ToList();
        var words = entries.Select(e => (e.GetProperty("word").GetString(), e.GetProperty("site").GetString(), e.GetProperty("status").GetString())).ToList();

        // The words of one lookup come in the order they finished (newest first); the second lookup before the first.
        Assert.Equal([("hello", "macmillan-uk", "found"), ("zzquorp", "macmillan-uk", "not-found")], words[..2].Order());
        Assert.Equal(("apple", "macmillan", "found"), words[2]);
        Assert.Equal(
            ["2026-12-01T10:00:00+00:00", "2026-12-01T10:00:00+00:00", "2026-12-01T09:00:00+00:00"],
            entries.Select(e => e.GetProperty("at").GetString()));
        Assert.Equal(["at", "word", "site", "status", "url"], entries[0].EnumerateObject().Select(p => p.Name));
        Assert.StartsWith(site.BaseUrl.AbsoluteUri, entries[2].GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_table_shows_one_line_a_word_newest_first_and_limit_cuts_it()
    {
        // Arrange
        await using var site = await Site.StartAsync(new LocalSiteOptions(), TestContext.Current.CancellationToken);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        await home.RunAsync(time, "lookup", "apple", "--base-url", site.BaseUrl.AbsoluteUri);
        time.Advance(TimeSpan.FromMinutes(5));
        await home.RunAsync(time, "lookup", "hello", "--base-url", site.BaseUrl.AbsoluteUri);

        // Act
        var all = await home.RunAsync("history");
        var newest = await home.RunAsync("history", "-n", "1");

        // Assert
        Assert.Equal((0, 0), (all.ExitCode, newest.ExitCode));
        Assert.Equal(2, all.OutLines.Length);
        Assert.Matches(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d  hello  macmillan  found$", all.OutLines[0]);
        Assert.Matches(@"  apple  macmillan  found$", all.OutLines[1]);
        Assert.Equal([all.OutLines[0]], newest.OutLines);
    }

    [Fact]
    public async Task No_history_yet_is_an_empty_list_not_an_error()
    {
        // Act
        var table = await home.RunAsync("history");
        var json = await home.RunAsync("history", "--format", "json");

        // Assert
        Assert.Equal((0, "", 0, "[]"), (table.ExitCode, table.Out, json.ExitCode, json.Out.Trim()));
        Assert.Contains("no lookups remembered yet", table.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_history_that_cannot_be_written_never_fails_the_lookup()
    {
        // Arrange: a folder where the history file should be (as root, no permission would stop the write).
        await using var site = await Site.StartAsync(new LocalSiteOptions(), TestContext.Current.CancellationToken);
        Directory.CreateDirectory(home.HistoryPath);

        // Act
        var run = await home.RunAsync("lookup", "apple", "--base-url", site.BaseUrl.AbsoluteUri);

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("apple", run.Out, StringComparison.Ordinal);
        Assert.Single(run.ErrorLines, l => l.Contains("Cannot write the history", StringComparison.Ordinal));
    }
}
