using Scraper.Output;
using Scraper.Results;

namespace Scraper.Benchmark;

/// <summary>Whether every pass extracted the same status and entries for every word.</summary>
public static class IdenticalEntries
{
    public static bool Check(IEnumerable<IReadOnlyList<LookupResult>> passes)
    {
        string? first = null;
        foreach (var pass in passes)
        {
            var fingerprint = string.Join('\n', pass.Select(Fingerprint));
            first ??= fingerprint;
            if (!string.Equals(first, fingerprint, StringComparison.Ordinal))
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
