using Scraper.History;
using Scraper.Tests.Support;

namespace Scraper.Tests.History;

/// <summary>history.jsonl: appended per lookup, bounded to the last N entries, read newest first.</summary>
public sealed class HistoryFileTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void The_file_keeps_the_newest_entries_once_it_holds_a_tenth_more_than_its_bound()
    {
        // Arrange
        var history = new HistoryFile(Path.Combine(folder.Path, "scraper", "history.jsonl"), maxEntries: 10);

        // Act: 12 lookups of one word each (the bound's tenth is 1), then the last one.
        for (var i = 0; i < 12; i++)
        {
            history.Append([Entry(i)]);
        }

        // Assert
        Assert.Equal(10, File.ReadAllLines(history.Path).Length);
        Assert.Equal(Enumerable.Range(2, 10).Reverse().Select(i => $"w{i}"), history.ReadNewestFirst().Select(e => e.Word));
    }

    [Fact]
    public void A_line_cut_by_a_crash_is_skipped()
    {
        // Arrange
        var history = new HistoryFile(Path.Combine(folder.Path, "history.jsonl"));
        history.Append([Entry(0), Entry(1)]);
        File.AppendAllText(history.Path, "{\"at\":\"2026-12-01T09:");

        // Act
        var entries = history.ReadNewestFirst();

        // Assert
        Assert.Equal(["w1", "w0"], entries.Select(e => e.Word));
    }

    private static HistoryEntry Entry(int i) => new(Start.AddMinutes(i), $"w{i}", "macmillan", "found", $"http://127.0.0.1/w{i}");
}
