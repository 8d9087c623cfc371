namespace Scraper.Output;

/// <summary>Creates the writer of a format over a <see cref="TextWriter"/> that the caller owns and disposes.</summary>
public static class ResultWriters
{
    /// <summary>The writer is safe to call from several tasks at once; words are written one at a time.</summary>
    /// <param name="continuing">The writer appends to a file that already has results (and, in CSV and Anki, its header).</param>
    /// <param name="site">The site's name, for the formats that carry it (Anki's tag and note id).</param>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="ResultFormat.Table"/>, which the command line renders itself.</exception>
    /// <param name="severalSites">The results are of several sites (Markdown then names each site under the word's heading).</param>
    public static IResultWriter Create(ResultFormat format, TextWriter writer, bool continuing = false, string site = "", bool severalSites = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        IResultWriter inner = format switch
        {
            ResultFormat.Json => new JsonArrayResultWriter(writer),
            ResultFormat.Jsonl => new JsonLinesResultWriter(writer),
            ResultFormat.Csv => new CsvResultWriter(writer, headerWritten: continuing),
            ResultFormat.Anki => new AnkiResultWriter(writer, site, headerWritten: continuing),
            ResultFormat.Markdown => new MarkdownResultWriter(writer, severalSites),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "this format has no result writer"),
        };
        return new SerializedResultWriter(inner);
    }
}
