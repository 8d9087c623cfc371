using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Scraper.Files;
using Scraper.Results;

namespace Scraper.History;

/// <summary>
/// The words looked up, one JSON line each, oldest first, in one file that keeps the last <see cref="MaxEntries"/>:
/// a lookup appends its words in one write, without reading the file again; once the file holds a tenth more than
/// that, it is rewritten with the newest <see cref="MaxEntries"/> (AtomicFile: a crash leaves the old file or the new).
/// An append costs the same whatever the file's size: the lines are counted once from the end (<see cref="HistoryTail"/>,
/// bounded), then only what was appended since. Writers take turns (<see cref="HistoryLock"/>), so two runs at once
/// lose no entry and tear no line. A path that is no regular file (a FIFO, a device) is an <see cref="IOException"/>.
/// </summary>
public sealed class HistoryFile(string path, int maxEntries = HistoryFile.DefaultMaxEntries)
{
    public const int DefaultMaxEntries = 10_000;

    // No entry is near a KiB, so past that per entry (and past 64 MiB) the file holds giant lines: read no further.
    private const int MaxBytesPerEntry = 1024;
    private const long MinTailBytes = 64L << 20;

    // Relaxed, so that words outside ASCII read as written; control characters are still escaped.
    private static readonly HistoryJsonContext Context = new(
        new JsonSerializerOptions(HistoryJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    // What this instance knows of the file: its length when last counted and the lines it then held.
    private long knownLength = -1;
    private long knownLines;

    public string Path { get; } = path;

    public int MaxEntries { get; } = maxEntries;

    private int Bound => MaxEntries + (MaxEntries / 10);

    private long MaxTailBytes => Math.Max((long)MaxEntries * MaxBytesPerEntry, MinTailBytes);

    /// <summary>Entries as one JSON array, in the order given (`scraper history --format json`).</summary>
    public static string ToJson(IReadOnlyList<HistoryEntry> entries) => JsonSerializer.Serialize([.. entries], Context.ListHistoryEntry);

    /// <summary>Adds the entries at the end; throws what the file system throws (the caller decides that it is only a warning).</summary>
    /// <exception cref="IOException">The file cannot be written, or is no regular file.</exception>
    public void Append(IReadOnlyCollection<HistoryEntry> entries)
    {
        if (entries.Count == 0)
        {
            return;
        }

        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!);
        var text = new StringBuilder();
        foreach (var entry in entries)
        {
            text.Append(JsonSerializer.Serialize(entry, Context.HistoryEntry)).Append('\n');
        }

        using var writer = HistoryLock.Acquire(Path);
        using var file = OpenRegular(Path, FileMode.OpenOrCreate);

        // A line a crash cut short has no newline: the first new entry must not be glued onto it and lost with it.
        if (file.Length > 0)
        {
            file.Seek(-1, SeekOrigin.End);
            if (file.ReadByte() != '\n')
            {
                text.Insert(0, '\n');
            }
        }

        file.Seek(0, SeekOrigin.End);
        file.Write(Encoding.UTF8.GetBytes(text.ToString()));
        Count(file);
        if (knownLines > Bound)
        {
            Trim(file);
        }
    }

    // The lines appended since the last count (by this run or another) are counted; a file that shrank (another run
    // trimmed it), one never counted, or one that grew by more than a full history is counted again from its end.
    private void Count(FileStream file)
    {
        var length = file.Length;
        if (knownLength < 0 || length < knownLength || length - knownLength > MaxTailBytes)
        {
            var tail = HistoryTail.Find(file, Bound + 1, MaxTailBytes);
            (knownLength, knownLines) = (length, tail.HasOlder ? Bound + 1 : tail.Lines);
            return;
        }

        file.Position = knownLength;
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = file.Read(buffer)) > 0)
        {
            knownLines += buffer.AsSpan(0, read).Count((byte)'\n');
        }

        knownLength = length;
    }

    // The newest MaxEntries lines, copied to a new file that replaces this one: memory bounded by the copy's buffer.
    private void Trim(FileStream file)
    {
        var tail = HistoryTail.Find(file, MaxEntries, MaxTailBytes);
        var end = file.Length;
        AtomicFile.Write(Path, target =>
        {
            file.Position = tail.Start;
            var buffer = new byte[64 * 1024];
            int read;
            while (file.Position < end && (read = file.Read(buffer, 0, (int)Math.Min(buffer.Length, end - file.Position))) > 0)
            {
                target.Write(buffer, 0, read);
            }
        });
        (knownLength, knownLines) = (end - tail.Start, tail.Lines);
    }

    // Opened for reading and writing, which never waits on a FIFO as opening it to read would; then refused unless it
    // is a regular file (a FIFO or a device cannot seek).
    private static FileStream OpenRegular(string path, FileMode mode)
    {
        var file = new FileStream(path, mode, FileAccess.ReadWrite, FileShare.ReadWrite);
        if (!file.CanSeek)
        {
            file.Dispose();
            throw new IOException("it is not a regular file (a pipe or a device)");
        }

        return file;
    }

    /// <summary>The newest <see cref="MaxEntries"/> entries, newest first; none when there is no file. A line that is not an entry (cut by a crash) is skipped.</summary>
    public IReadOnlyList<HistoryEntry> ReadNewestFirst() => Read().NewestFirst;

    /// <summary>The newest <see cref="MaxEntries"/> entries, newest first, and how many lines were skipped as not entries.</summary>
    /// <exception cref="IOException">The file cannot be read, or a folder stands where it should be.</exception>
    public HistoryRead Read()
    {
        if (Directory.Exists(Path))
        {
            // Not "no history yet": the lookups could not have been written there, and the user should know.
            throw new IOException("a folder stands where the history file should be");
        }

        if (!File.Exists(Path))
        {
            return new([], 0);
        }

        var entries = new List<HistoryEntry>();
        var skipped = 0;
        foreach (var line in NewestLines())
        {
            if (Parse(line) is { } entry)
            {
                entries.Add(entry);
            }
            else if (line.Length > 0)
            {
                skipped++;
            }
        }

        // Newest first by time; OrderByDescending is stable, so entries of one time keep the file's order, reversed.
        entries.Reverse();
        return new([.. entries.OrderByDescending(e => e.At).Take(MaxEntries)], skipped);
    }

    // The newest MaxEntries lines only, read from where they start: a 1 GB history is not read whole.
    private IEnumerable<string> NewestLines()
    {
        using var file = OpenRegular(Path, FileMode.Open);
        var tail = HistoryTail.Find(file, MaxEntries, MaxTailBytes);
        file.Position = tail.Start;
        using var reader = new StreamReader(file, Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    private static HistoryEntry? Parse(string line)
    {
        try
        {
            var entry = line.Length == 0 ? null : JsonSerializer.Deserialize(line, Context.HistoryEntry);
            // A hand-edited file may hold anything: what is shown is cleaned (escape sequences never reach the terminal).
            return entry is { Word: not null, Site: not null, Status: not null, Url: not null }
                ? entry with { Word = CleanText.Of(entry.Word), Site = CleanText.Of(entry.Site), Status = CleanText.Of(entry.Status), Url = CleanText.Of(entry.Url) }
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
