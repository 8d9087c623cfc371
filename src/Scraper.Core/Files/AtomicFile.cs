namespace Scraper.Files;

/// <summary>
/// The one way the tool writes a whole file (a resume repair, a cached page, a trimmed history, a recording): into a
/// new temporary file created exclusively in the target's folder (O_CREAT|O_EXCL, which never opens through a link
/// planted under its name, and a random name nobody can plant in advance), written, flushed to disk, then renamed
/// to the target. The rename replaces a link standing at the target instead of writing through it, stays on one file
/// system, and is atomic: a reader, a crash or a full disk sees the old file or the new one, never a part of one.
/// On any failure the temporary file is removed and nothing is left under the target's name.
/// </summary>
public static class AtomicFile
{
    /// <param name="path">The target.</param>
    /// <param name="write">Writes the content into the temporary file.</param>
    /// <param name="replace">
    /// Whether an existing target is replaced; if not, an existing target is an <see cref="IOException"/> and is left
    /// as it was (a recording's name that another file took meanwhile).
    /// </param>
    /// <exception cref="IOException">The file could not be written (disk full, read-only), or the target exists and <paramref name="replace"/> is false.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder does not let us write.</exception>
    public static void Write(string path, Action<FileStream> write, bool replace = true)
    {
        var temporary = Create(path, out var stream);
        try
        {
            using (stream)
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: replace);
        }
        catch
        {
            Remove(temporary);
            throw;
        }
    }

    /// <inheritdoc cref="Write(string, Action{FileStream}, bool)"/>
    public static void WriteBytes(string path, ReadOnlySpan<byte> bytes, bool replace = true)
    {
        var temporary = Create(path, out var stream);
        try
        {
            using (stream)
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: replace);
        }
        catch
        {
            Remove(temporary);
            throw;
        }
    }

    /// <inheritdoc cref="Write(string, Action{FileStream}, bool)"/>
    public static async Task WriteBytesAsync(string path, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        var temporary = Create(path, out var stream);
        try
        {
            await using (stream)
            {
                await stream.WriteAsync(bytes, cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            Remove(temporary);
            throw;
        }
    }

    /// <summary>Whether a file is one of the temporary files <see cref="AtomicFile"/> makes (which a crash can leave).</summary>
    public static bool IsTemporary(string fileName) => fileName.StartsWith('.') && fileName.EndsWith(".tmp", StringComparison.Ordinal);

    // Hidden, named after the target, random: ".out.jsonl.1f3a….tmp" in the target's own folder.
    private static string Create(string path, out FileStream stream)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
        return temporary;
    }

    private static void Remove(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The write's own failure is the one to report.
        }
    }
}
