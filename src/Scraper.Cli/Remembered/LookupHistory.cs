using Scraper.History;
using Scraper.Results;
using Serilog;

namespace Scraper.Cli.Remembered;

/// <summary>
/// The words of one lookup on their way into the history: each word as it finishes, all of them written in one
/// append at the end. A history that cannot be written is a warning, never a failed lookup.
/// </summary>
internal sealed class LookupHistory(HistoryFile? file, string site, TimeProvider time)
{
    private readonly List<HistoryEntry> entries = [];

    public void Add(LookupResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (file is null)
        {
            return;
        }

        lock (entries)
        {
            entries.Add(new HistoryEntry(time.GetUtcNow(), result.Keyword, result.Site ?? site, StatusName.Of(result.Status), result.Url));
        }
    }

    public void Save(ILogger log)
    {
        ArgumentNullException.ThrowIfNull(log);
        try
        {
            lock (entries)
            {
                file?.Append(entries);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            log.Warning("Cannot write the history {Path:l}: {Error}; the lookup is not remembered", file!.Path, ex.Message);
        }
    }
}
