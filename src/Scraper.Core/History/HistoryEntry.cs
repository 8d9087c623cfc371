namespace Scraper.History;

/// <summary>One looked-up word as the history keeps it: one line of history.jsonl.</summary>
/// <param name="At">When the word's lookup ended.</param>
/// <param name="Site">The site profile's name.</param>
/// <param name="Status">The word's status, as in results (found, not-found, failed, blocked, empty).</param>
/// <param name="Url">The word's first page, so that a lookup against a mirror or the local site says which.</param>
public sealed record HistoryEntry(DateTimeOffset At, string Word, string Site, string Status, string Url);
