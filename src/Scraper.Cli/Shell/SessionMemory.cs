using Scraper.Caching;
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
    public void Remember(LookupResult result, string site)
    {
        var remembered = new LookupHistory(history, site, time);
        remembered.Add(result);
        remembered.Save(log);
        KeepCacheBounded();
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

    // As after a single lookup: the default cache grows by one word's pages at most, then is trimmed to its bound.
    private void KeepCacheBounded()
    {
        try
        {
            if (defaultCache is not null && CacheFolder.Trim(defaultCache, RememberedLookup.CacheMaxBytes) is var removed and > 0)
            {
                log.Debug("Removed {Removed} page(s) stored longest ago from the cache {Directory:l}", removed, defaultCache);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            log.Debug("Cannot trim the cache {Directory:l}: {Error}", defaultCache, ex.Message);
        }
    }
}
