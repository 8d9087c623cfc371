namespace Scraper.Cli.Commands;

/// <summary>What a lookup still has to do: which (word, site) pairs a resumed file has (null: none), and how many are left.</summary>
internal sealed record PairsToDo(Func<int, int, bool>? IsDone, int Count);
