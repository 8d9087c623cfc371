using System.Collections.Concurrent;
using Scraper.Output;
using Scraper.Results;
using Serilog;

namespace Scraper.Cli.Commands;

/// <summary>
/// An Anki file holds found words only. The words that got no note are named on stderr at the end, with their
/// status, so that none is dropped without a word: the exit code (1 or 3) says the same.
/// </summary>
internal sealed class WordsWithoutNote(ResultFormat format)
{
    private const int Named = 20;
    private readonly ConcurrentQueue<string> words = new();

    public void Observe(LookupResult result)
    {
        if (format == ResultFormat.Anki && result.Status != LookupStatus.Found)
        {
            words.Enqueue($"{CleanText.Of(result.Keyword)} ({StatusName.Of(result.Status)})");
        }
    }

    public void Report(ILogger log)
    {
        if (words.IsEmpty)
        {
            return;
        }

        var all = words.ToList();
        var more = all.Count > Named ? $" and {all.Count - Named} more" : "";
        log.Warning("{Count} word(s) have no Anki note: {Words:l}{More:l}", all.Count, string.Join(", ", all.Take(Named)), more);
    }
}
