using Scraper.Results;

namespace Scraper.Output;

/// <summary>
/// A file Anki's File &gt; Import reads as it is: its header lines (separator, HTML, column names, the tags and guid
/// columns, as Anki's text-import manual lists them), then one note per found word on one line, fields split by
/// tabs. Words that were not found get no note: the command line lists them on stderr.
/// </summary>
internal sealed class AnkiResultWriter(TextWriter writer, string site, bool headerWritten = false) : IResultWriter
{
    internal static readonly string[] Header =
    [
        "#separator:tab",
        "#html:true",
        "#columns:Front\tBack\tTags\tGuid",
        "#tags column:3",
        "#guid column:4",
    ];

    private bool headerDone = headerWritten;

    public async ValueTask WriteAsync(LookupResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        cancellationToken.ThrowIfCancellationRequested();
        var text = headerDone ? "" : string.Join('\n', Header) + "\n";
        if (result.Status == LookupStatus.Found)
        {
            text += Line(result, string.IsNullOrEmpty(result.Site) ? site : result.Site);
        }

        if (text.Length == 0)
        {
            return;
        }

        // Not cancelled once started: a note is written whole or not at all.
        await writer.WriteAsync(text.AsMemory(), CancellationToken.None);
        await writer.FlushAsync(CancellationToken.None);
        headerDone = true;
    }

    // A run that found nothing still leaves a file Anki reads (no notes) and a resumed run can continue.
    public async ValueTask DisposeAsync()
    {
        if (!headerDone)
        {
            await writer.WriteAsync((string.Join('\n', Header) + "\n").AsMemory(), CancellationToken.None);
            headerDone = true;
        }

        await writer.FlushAsync(CancellationToken.None);
    }

    internal static string Line(LookupResult result, string site)
    {
        var front = AnkiNote.Front(result);

        // A line starting with # would be read as a header or comment line; the entity shows the same character.
        front = front.StartsWith('#') ? "&#35;" + front[1..] : front;
        return string.Join('\t', front, AnkiNote.Back(result), AnkiNote.Tag(site), AnkiGuid.Of(site, CleanText.Of(result.Keyword))) + "\n";
    }
}
