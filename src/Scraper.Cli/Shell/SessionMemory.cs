using Scraper.Cli.Remembered;
using Scraper.History;
using Scraper.Results;
using Serilog;

namespace Scraper.Cli.Shell;

/// <summary>
/// What the shell remembers of its words, as a single lookup does: each word in the history with its site, and the
/// default cache (when used) trimmed to its bound after each word. Neither ever fails a word.
/// </summary>
internal sealed class SessionMemory(string? defaultCache, HistoryFile? history, TimeProvider time, ILogger log)
{
    /// <summary>A word's results, one per site: one append to the history and one trim of the cache for them all.</summary>
    public void Remember(IReadOnlyList<LookupResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var remembered = new LookupHistory(history, site: "", time);
        results.ToList().ForEach(remembered.Add);
        remembered.Save(log);
        RememberedLookup.KeepBounded(defaultCache, log);
    }

    /// <summary>The newest <paramref name="count"/> words of the history (`scraper history`); none without a data folder.</summary>
    public IReadOnlyList<HistoryEntry> Newest(int count)
    {
        try
        {
            return history is null ? [] : [.. history.ReadNewestFirst().Take(count)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            log.Warning("Cannot read the history {Path:l}: {Error}", history!.Path, ex.Message);
            return [];
        }
    }
}
