using System.Diagnostics;
using Scraper.History;
using Scraper.LocalSite;
using Scraper.Tests.Remembered;
using Scraper.Tests.Support;
using Site = Scraper.LocalSite.LocalSite;

namespace Scraper.Tests.History;

/// <summary>The history never fails a lookup, and an append costs the same whatever the file's size, in bounded memory.</summary>
public sealed class BoundedHistoryTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Appending_to_a_300_MB_history_reads_a_bounded_tail_of_it_not_the_whole_file()
    {
        // Arrange: 300 MB of old lines (a sparse file: zeros, then one line break every so often is not needed)
        var path = Path.Combine(folder.Path, "history.jsonl");
        using (var file = new FileStream(path, FileMode.CreateNew))
        {
            file.SetLength(300L << 20);
        }

        var history = new HistoryFile(path);
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        // Act
        history.Append([new HistoryEntry(Start, "apple", "macmillan", "found", "http://127.0.0.1/apple")]);
        history.Append([new HistoryEntry(Start.AddMinutes(1), "pear", "macmillan", "found", "http://127.0.0.1/pear")]);

        // Assert: a few buffers, not a copy of the file (which took 6.5 GB for 1.1 GB); the giant old line is dropped
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - allocated, 0, 16L << 20);
        Assert.Equal(["pear", "apple"], history.ReadNewestFirst().Select(e => e.Word));
        Assert.True(new FileInfo(path).Length < 1024);
    }

    [Fact]
    public void Each_append_to_a_full_history_reads_only_what_was_appended_since()
    {
        // Arrange: a full history (the bound's 10,000 entries and a tenth more would trim)
        var path = Path.Combine(folder.Path, "history.jsonl");
        var history = new HistoryFile(path);
        history.Append([.. Enumerable.Range(0, 10_500).Select(i => new HistoryEntry(Start.AddSeconds(i), $"w{i}", "macmillan", "found", $"http://127.0.0.1/w{i}"))]);
        history.Append([new HistoryEntry(Start, "counted", "macmillan", "found", "http://127.0.0.1/")]);
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        // Act: 400 more, one at a time, as 400 words in the shell
        for (var i = 0; i < 400; i++)
        {
            history.Append([new HistoryEntry(Start, $"n{i}", "macmillan", "found", "http://127.0.0.1/")]);
        }

        // Assert: about a 64 KiB buffer and the entry's text per append; re-reading the 1.5 MB file each time is 0.6 GB
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - allocated, 0, 400L * 100 * 1024);
        Assert.InRange(File.ReadAllLines(path).Length, 10_000, 11_000);
    }

    [Fact]
    public async Task A_history_that_is_a_fifo_is_one_warning_and_the_lookup_succeeds()
    {
        // Arrange
        using var home = new TestHome();
        Directory.CreateDirectory(Path.GetDirectoryName(home.HistoryPath)!);
        using (var mkfifo = Process.Start("mkfifo", [home.HistoryPath]))
        {
            await mkfifo.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        await using var site = await Site.StartAsync(new LocalSiteOptions(), TestContext.Current.CancellationToken);

        // Act
        var run = await home.RunAsync("lookup", "apple", "--base-url", site.BaseUrl.AbsoluteUri).WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("a round fruit", run.Out, StringComparison.Ordinal);
        Assert.Single(run.ErrorLines, l => l.Contains("history", StringComparison.OrdinalIgnoreCase));
    }
}
