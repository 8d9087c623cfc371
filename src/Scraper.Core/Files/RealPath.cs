namespace Scraper.Files;

/// <summary>
/// A path with every link in it resolved, as realpath(3) gives it: <c>link.jsonl</c> that points at
/// <c>same.jsonl</c> is <c>same.jsonl</c>, so that what is kept per file (a run's lock) is kept per real file.
/// The parts that do not exist yet are kept as written.
/// </summary>
public static class RealPath
{
    // As the kernel's ELOOP limit: a loop of links resolves no further, and the path is kept as it stands.
    private const int MostLinks = 40;

    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var resolved = root;
        var parts = new Queue<string>(full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
        var links = 0;
        while (parts.TryDequeue(out var part))
        {
            var next = Path.Combine(resolved, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is { } target && ++links <= MostLinks)
            {
                // The link's target (relative to the link's folder) takes its place, followed by what came after it.
                var rest = parts.ToArray();
                var targetFull = Path.GetFullPath(Path.IsPathRooted(target) ? target : Path.Combine(resolved, target));
                resolved = Path.GetPathRoot(targetFull)!;
                parts = new Queue<string>([.. targetFull[resolved.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries), .. rest]);
                continue;
            }

            resolved = next;
        }

        return resolved;
    }
}
