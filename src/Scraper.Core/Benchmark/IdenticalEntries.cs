using Scraper.Output;
using Scraper.Results;

namespace Scraper.Benchmark;

/// <summary>Whether every pass extracted the same status and entries for every word.</summary>
public static class IdenticalEntries
{
    /// <summary>
    /// Compared word by word, so that passes of a --duration bench (which looked up different numbers of words,
    /// cycling the list) compare on the words they share; a word looked up twice in a pass must come out the same too.
    /// </summary>
    public static bool Check(IEnumerable<IReadOnlyList<LookupResult>> passes)
    {
        ArgumentNullException.ThrowIfNull(passes);
        Dictionary<string, string>? first = null;
        foreach (var pass in passes)
        {
            var prints = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var result in pass)
            {
                var print = Fingerprint(result);
                if (!prints.TryAdd(result.Keyword, print) && !string.Equals(prints[result.Keyword], print, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            first ??= prints;
            if (prints.Any(pair => first.TryGetValue(pair.Key, out var other) && !string.Equals(other, pair.Value, StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    // Only what was extracted: the status, entries and suggestions. Timings, attempts and the URL may differ between
    // passes, and so may an error's text (a failure's cause, not something read from a page): the status says it failed.
    private static string Fingerprint(LookupResult result) =>
        ResultJson.Serialize(result with { ElapsedMs = 0, Attempts = 0, HttpStatus = null, Url = "", Error = null });
}
