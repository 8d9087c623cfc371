using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Scraper.Files;
using Scraper.Results;

namespace Scraper.History;

/// <summary>
/// The words looked up, one JSON line each, oldest first, in one file that keeps the last <see cref="MaxEntries"/>:
/// a lookup appends its words in one write; once the file holds a tenth more than that, it is rewritten with the
/// newest <see cref="MaxEntries"/> (to a temporary file renamed over it, so a crash leaves the old file or the new).
/// Writers take turns (<see cref="HistoryLock"/>), so two runs at once lose no entry and tear no line.
/// </summary>
public sealed class HistoryFile(string path, int maxEntries = HistoryFile.DefaultMaxEntries)
{
    public const int DefaultMaxEntries = 10_000;

    // Relaxed, so that words outside ASCII read as written; control characters are still escaped.
    private static readonly HistoryJsonContext Context = new(
        new JsonSerializerOptions(HistoryJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public string Path { get; } = path;

    public int MaxEntries { get; } = maxEntries;

    /// <summary>Entries as one JSON array, in the order given (`scraper history --format json`).</summary>
    public static string ToJson(IReadOnlyList<HistoryEntry> entries) => JsonSerializer.Serialize([.. entries], Context.ListHistoryEntry);

    /// <summary>Adds the entries at the end; throws what the file system throws (the caller decides that it is only a warning).</summary>
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
        using (var file = new FileStream(Path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite))
        {
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
        }

        var lines = File.ReadAllLines(Path);
        if (lines.Length > MaxEntries + (MaxEntries / 10))
        {
            AtomicFile.WriteBytes(Path, Encoding.UTF8.GetBytes(string.Join('\n', lines[^MaxEntries..]) + "\n"));
        }
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
        foreach (var line in File.ReadLines(Path))
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
