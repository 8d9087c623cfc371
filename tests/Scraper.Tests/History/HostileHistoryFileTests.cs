using System.Text;
using Scraper.History;
using Scraper.Tests.Support;

namespace Scraper.Tests.History;

/// <summary>history.jsonl as a crash, a stray program or a second run may leave it: no entry lost, the good lines read.</summary>
public sealed class HostileHistoryFileTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void An_entry_appended_after_a_line_cut_by_a_crash_is_kept_on_its_own_line()
    {
        // Arrange: a crash cut the last line, without its newline
        var history = new HistoryFile(Path.Combine(folder.Path, "history.jsonl"));
        history.Append([Entry(0)]);
        File.AppendAllText(history.Path, "{\"at\":\"2026-12-01T09:");

        // Act
        history.Append([Entry(1)]);

        // Assert
        var read = history.Read();
        Assert.Equal(["w1", "w0"], read.NewestFirst.Select(e => e.Word));
        Assert.Equal(1, read.Skipped);
    }

    [Fact]
    public void Two_writers_appending_at_the_same_moment_lose_no_entry_and_tear_no_line()
    {
        // Act: two runs' own handles on one file, as two processes have, each appending 150 lookups of one word
        var path = Path.Combine(folder.Path, "history.jsonl");
        var history = AppendTogether(path, maxEntries: 1000, perWriter: 150);

        // Assert
        var read = history.Read();
        Assert.Equal(0, read.Skipped);
        Assert.Equal(300, read.NewestFirst.Select(e => e.Word).Distinct().Count());
    }

    [Fact]
    public void Two_writers_trimming_the_file_as_they_append_leave_only_whole_entries_within_the_bound()
    {
        // Act: the bound of 100 makes each writer rewrite the file several times while the other appends
        var path = Path.Combine(folder.Path, "history.jsonl");
        var history = AppendTogether(path, maxEntries: 100, perWriter: 150);

        // Assert
        Assert.Equal(0, history.Read().Skipped);
        Assert.InRange(File.ReadAllLines(path).Length, 100, 110);
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp"));
    }

    [Fact]
    public void Binary_garbage_invalid_utf8_and_a_10_MB_line_are_skipped_and_counted_and_the_good_lines_read()
    {
        // Arrange
        var history = new HistoryFile(Path.Combine(folder.Path, "history.jsonl"));
        history.Append([Entry(0)]);
        using (var file = new FileStream(history.Path, FileMode.Append))
        {
            file.Write([0x00, 0xFF, 0xFE, 0x1B, (byte)'[', (byte)'2', (byte)'J', 0x80, (byte)'\n']);
            file.Write(Encoding.UTF8.GetBytes("{\"at\":\"2026-12-01T09:00:00+00:00\",\"word\":\"x"));
            file.Write([0xC3, 0x28, (byte)'\n']);
            file.Write(Encoding.ASCII.GetBytes(new string('a', 10 * 1024 * 1024) + "\n"));
            file.Write(Encoding.ASCII.GetBytes("[1,2]\nnull\n{}\n"));
        }

        // Act
        history.Append([Entry(1)]);
        var read = history.Read();

        // Assert
        Assert.Equal(["w1", "w0"], read.NewestFirst.Select(e => e.Word));
        Assert.Equal(6, read.Skipped);
    }

    [Fact]
    public void A_folder_where_the_history_file_should_be_cannot_be_read_rather_than_an_empty_history()
    {
        var history = new HistoryFile(Path.Combine(folder.Path, "history.jsonl"));
        Directory.CreateDirectory(history.Path);

        Assert.ThrowsAny<IOException>(() => history.Read());
    }

    private static HistoryFile AppendTogether(string path, int maxEntries, int perWriter)
    {
        var writers = new[] { new HistoryFile(path, maxEntries), new HistoryFile(path, maxEntries) };
        using var together = new Barrier(writers.Length);
        Parallel.For(0, writers.Length, w =>
        {
            together.SignalAndWait(TestContext.Current.CancellationToken);
            for (var i = 0; i < perWriter; i++)
            {
                writers[w].Append([Entry(i, $"writer{w}-")]);
            }
        });
        return writers[0];
    }

    private static HistoryEntry Entry(int i, string prefix = "") => new(Start.AddMinutes(i), $"{prefix}w{i}", "macmillan", "found", $"http://127.0.0.1/w{i}");
}
