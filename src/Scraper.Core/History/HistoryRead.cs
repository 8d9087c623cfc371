namespace Scraper.History;

/// <summary>What a read of the history found: its entries, newest first, and how many lines were not entries.</summary>
/// <param name="Skipped">Lines that are not an entry: cut by a crash, or written by something else.</param>
public sealed record HistoryRead(IReadOnlyList<HistoryEntry> NewestFirst, int Skipped);
