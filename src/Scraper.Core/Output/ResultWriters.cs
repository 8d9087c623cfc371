namespace Scraper.Output;

/// <summary>Creates the writer of a format over a <see cref="TextWriter"/> that the caller owns and disposes.</summary>
public static class ResultWriters
{
    /// <summary>The writer is safe to call from several tasks at once; words are written one at a time.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="ResultFormat.Table"/>, which the command line renders itself.</exception>
    public static IResultWriter Create(ResultFormat format, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        IResultWriter inner = format switch
        {
            ResultFormat.Json => new JsonArrayResultWriter(writer),
            ResultFormat.Jsonl => new JsonLinesResultWriter(writer),
            ResultFormat.Csv => new CsvResultWriter(writer),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "this format has no result writer"),
        };
        return new SerializedResultWriter(inner);
    }
}
