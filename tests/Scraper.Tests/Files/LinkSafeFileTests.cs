using System.Text;
using Scraper.Caching;
using Scraper.Files;
using Scraper.Output;
using Scraper.Resume;
using Scraper.Tests.Support;

namespace Scraper.Tests.Files;

/// <summary>The files the tool writes are never written through links it did not make, nor walked through links out of where they belong.</summary>
public sealed class LinkSafeFileTests : IDisposable
{
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void A_resume_repair_does_not_write_through_a_link_planted_at_its_old_temporary_name()
    {
        // Arrange: a results file whose repair cuts a range from the middle, and a link where the repair used to write
        var results = PathOf("out.jsonl");
        File.WriteAllText(results, "keep 1\ncut\nkeep 2\n");
        var victim = PathOf("victim.txt");
        File.WriteAllText(victim, "precious");
        File.CreateSymbolicLink(results + ".resume-tmp", victim);

        // Act
        FileRepair.Cut(results, [new ByteRange(7, 11)], new FileInfo(results).Length);

        // Assert
        Assert.Equal("precious", File.ReadAllText(victim));
        Assert.Null(new FileInfo(results).LinkTarget);
        Assert.Equal("keep 1\nkeep 2\n", File.ReadAllText(results));
    }

    [Fact]
    public void A_whole_file_write_replaces_a_link_at_the_target_and_leaves_what_it_pointed_at()
    {
        // Arrange
        var victim = PathOf("victim.txt");
        File.WriteAllText(victim, "precious");
        var target = PathOf("history.jsonl");
        File.CreateSymbolicLink(target, victim);

        // Act
        AtomicFile.WriteBytes(target, Encoding.UTF8.GetBytes("new\n"));

        // Assert
        Assert.Equal("precious", File.ReadAllText(victim));
        Assert.Null(new FileInfo(target).LinkTarget);
        Assert.Equal("new\n", File.ReadAllText(target));
        Assert.Equal(["history.jsonl", "victim.txt"], Directory.GetFileSystemEntries(directory.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_run_on_a_link_to_a_results_file_that_another_run_writes_is_refused()
    {
        // Arrange
        var same = PathOf("same.jsonl");
        File.WriteAllText(same, "");
        var link = PathOf("link.jsonl");
        File.CreateSymbolicLink(link, same);
        using var first = ResultFileLock.Acquire(same);

        // Act and Assert
        Assert.Throws<ResultFileBusyException>(() => ResultFileLock.Acquire(link));
    }

    [Fact]
    public void A_link_in_the_folders_of_a_results_path_is_resolved_before_the_lock()
    {
        // Arrange
        var real = Directory.CreateDirectory(PathOf("real")).FullName;
        File.CreateSymbolicLink(PathOf("alias"), real);

        // Act
        var resolved = RealPath.Of(Path.Combine(directory.Path, "alias", "out.jsonl"));

        // Assert
        Assert.Equal(Path.Combine(RealPath.Of(real), "out.jsonl"), resolved);
    }

    [Fact]
    public void Cache_clear_does_not_follow_a_two_letter_link_out_of_the_cache()
    {
        // Arrange: a cache with one page, and "ab" a link to a folder of someone else's files named like pages
        var cache = Directory.CreateDirectory(PathOf("cache")).FullName;
        Directory.CreateDirectory(Path.Combine(cache, "cd"));
        File.WriteAllText(Path.Combine(cache, "cd", "cdef.page"), "a page");
        var outside = Directory.CreateDirectory(PathOf("outside")).FullName;
        File.WriteAllText(Path.Combine(outside, "notes.page"), "not the cache's");
        Directory.CreateSymbolicLink(Path.Combine(cache, "ab"), outside);

        // Act
        var removed = CacheFolder.Clear(cache);

        // Assert
        Assert.Equal(1, removed);
        Assert.True(File.Exists(Path.Combine(outside, "notes.page")));
    }

    [Fact(Timeout = 30_000)]
    public async Task Listing_a_replay_folder_does_not_walk_a_loop_of_links()
    {
        // Arrange: a link inside the cache's folder back to the cache itself
        var cache = Directory.CreateDirectory(PathOf("cache")).FullName;
        Directory.CreateDirectory(Path.Combine(cache, "ab"));
        Directory.CreateSymbolicLink(Path.Combine(cache, "ab", "loop"), cache);
        Directory.CreateSymbolicLink(Path.Combine(cache, "cd"), cache);

        // Act
        var entries = await Task.Run(() => new DiskCache(cache).Entries(TestContext.Current.CancellationToken).ToList(), TestContext.Current.CancellationToken);

        // Assert
        Assert.Empty(entries);
    }

    [Fact]
    public void Ctrl_c_stops_the_listing_of_a_replay_folder()
    {
        // Arrange
        var cache = Directory.CreateDirectory(PathOf("cache")).FullName;
        Directory.CreateDirectory(Path.Combine(cache, "ab"));
        using var ctrlC = new CancellationTokenSource();
        ctrlC.Cancel();

        // Act and Assert
        Assert.Throws<OperationCanceledException>(() => new DiskCache(cache).Entries(ctrlC.Token).ToList());
    }

    private string PathOf(string name) => Path.Combine(directory.Path, name);
}
