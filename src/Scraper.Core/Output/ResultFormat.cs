namespace Scraper.Output;

/// <summary>How results are written. <see cref="Table"/> is rendered by the command line, not by a writer here.</summary>
public enum ResultFormat
{
    Table,
    Json,
    Jsonl,
    Csv,
    Anki,
    Markdown,
}
