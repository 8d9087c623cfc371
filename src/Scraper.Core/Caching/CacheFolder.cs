namespace Scraper.Caching;

/// <summary>
/// The cache directory as a whole: how many pages it holds and how large they are, keeping it under a size
/// (oldest pages first out), and emptying it. A directory that does not exist holds nothing.
/// </summary>
public static class CacheFolder
{
    /// <summary>The pages in <paramref name="directory"/> and their bytes on disk (cache files and leftover temporary files).</summary>
    public static CacheUsage Measure(string directory)
    {
        var files = Files(directory);
        return new CacheUsage(files.Count(f => f.Extension == CacheFile.Extension), files.Sum(f => f.Length));
    }

    /// <summary>
    /// Removes the pages stored longest ago (by the time their file was written) until the rest fit in
    /// <paramref name="maxBytes"/>; returns how many were removed. A file that cannot be removed is left.
    /// </summary>
    public static int Trim(string directory, long maxBytes)
    {
        var newestFirst = Files(directory).Where(f => f.Extension == CacheFile.Extension).OrderByDescending(f => f.LastWriteTimeUtc).ToList();
        var kept = 0L;
        var removed = 0;
        foreach (var file in newestFirst)
        {
            kept += file.Length;
            if (kept > maxBytes && TryDelete(file))
            {
                removed++;
            }
        }

        return removed;
    }

    /// <summary>Removes every page (and any temporary file a crashed run left); returns how many pages were removed.</summary>
    public static int Clear(string directory)
    {
        var removed = 0;
        foreach (var file in Files(directory))
        {
            if (TryDelete(file) && file.Extension == CacheFile.Extension)
            {
                removed++;
            }
        }

        return removed;
    }

    /// <summary>
    /// The cache's page files, in its 256 two-letter folders and nowhere else: a two-letter folder that is a link (to
    /// anywhere, to itself) is not the cache's and is never entered, so nothing outside the cache is listed, let alone
    /// deleted, and no loop of links is walked. Checks <paramref name="cancellationToken"/> at every folder.
    /// </summary>
    public static IEnumerable<FileInfo> PageFiles(string directory, CancellationToken cancellationToken = default) =>
        OwnFiles(directory, cancellationToken).Where(f => f.Extension == CacheFile.Extension);

    // Only the cache's own files (pages, and temporary files a crash left): a directory given by mistake keeps everything else.
    private static List<FileInfo> Files(string directory) =>
        [.. OwnFiles(directory, CancellationToken.None).Where(f => f.Extension == CacheFile.Extension || f.Name.EndsWith(".tmp", StringComparison.Ordinal))];

    private static IEnumerable<FileInfo> OwnFiles(string directory, CancellationToken cancellationToken)
    {
        var root = new DirectoryInfo(directory);
        if (!root.Exists)
        {
            yield break;
        }

        foreach (var folder in root.EnumerateDirectories("??"))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (folder.LinkTarget is not null)
            {
                continue;
            }

            foreach (var file in folder.EnumerateFiles("*" + CacheFile.Extension + "*"))
            {
                yield return file;
            }
        }
    }

    private static bool TryDelete(FileInfo file)
    {
        try
        {
            file.Delete();
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
