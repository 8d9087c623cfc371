using CsvHelper;
using Scraper.Results;

namespace Scraper.Output;

/// <summary>
/// CSV with one row per sense and one per sub-sense ("1", "1a"); the word's columns are repeated on each row,
/// and a word or entry without senses gets one row with the sense columns empty. The site is the last column, so that
/// the columns of files written before it keep their places.
/// </summary>
internal sealed class CsvResultWriter : IResultWriter
{
    internal static readonly string[] Header =
    [
        "keyword", "status", "url", "httpStatus", "attempts", "elapsedMs", "headword", "homograph",
        "partOfSpeech", "pronunciation", "sense", "definition", "examples", "suggestions", "error", "site",
    ];

    /// <summary>The header before results named their site: such a file cannot take rows with the site column.</summary>
    internal static readonly string[] HeaderWithoutSite = Header[..^1];

    // A field starting with = + - @ would run as a formula in a spreadsheet; it gets a leading "'" instead.
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };

    private readonly CsvWriter _csv;
    private bool _headerWritten;

    /// <param name="headerWritten">The file already starts with the header: a resumed run appends rows only.</param>
    public CsvResultWriter(TextWriter writer, bool headerWritten = false)
    {
        _csv = CsvWriter.Create(writer, Options, leaveOpen: true);
        _headerWritten = headerWritten;
    }

    /// <summary>A text field as this writer puts it in the file: with the formula guard in front when it needs one.</summary>
    internal static string AsWritten(string field) =>
        field.Length > 0 && Options.InjectionCharacters.Contains(field[0]) ? Options.InjectionEscape + field : field;

    public async ValueTask WriteAsync(LookupResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        cancellationToken.ThrowIfCancellationRequested();
        if (!_headerWritten)
        {
            _csv.WriteHeader(Header);
            _headerWritten = true;
        }

        foreach (var row in CsvRows.Of(result))
        {
            _csv.WriteRecord(row);
        }

        // Not cancelled once started: a word is written whole or not at all.
        await _csv.FlushAsync(CancellationToken.None);
    }

    public ValueTask DisposeAsync() => _csv.DisposeAsync();
}
