namespace Scraper.Output;

/// <summary>
/// What the tool needs to know about a format, said once: whether each word is written as it finishes (so a crash
/// loses nothing) and whether --resume can continue its file. The writers themselves handle their headers.
/// </summary>
public sealed record FormatDescriptor(ResultFormat Format, bool Streams, bool Resumable)
{
    private static readonly FormatDescriptor[] All =
    [
        // The table and the JSON array are written in keyword order once the run ends; a markdown glossary too,
        // since a reader expects the words in the order they gave them.
        new(ResultFormat.Table, Streams: false, Resumable: false),
        new(ResultFormat.Json, Streams: false, Resumable: false),
        new(ResultFormat.Jsonl, Streams: true, Resumable: true),
        new(ResultFormat.Csv, Streams: true, Resumable: true),
        new(ResultFormat.Anki, Streams: true, Resumable: true),
        new(ResultFormat.Markdown, Streams: false, Resumable: false),
    ];

    public static FormatDescriptor Of(ResultFormat format) =>
        Array.Find(All, d => d.Format == format) ?? throw new ArgumentOutOfRangeException(nameof(format), format, "unknown format");

    /// <summary>"jsonl, csv or anki": the formats --resume takes, as the user types them.</summary>
    public static string ResumableNames
    {
        get
        {
            var names = All.Where(d => d.Resumable).Select(d => d.Format.ToString().ToLowerInvariant()).ToList();
            return names.Count == 1 ? names[0] : string.Join(", ", names[..^1]) + " or " + names[^1];
        }
    }
}
