using Scraper.Results;

namespace Scraper.Lookup;

/// <summary>
/// The canary: looks up the profile's check words and judges whether each still parses whole (found, with
/// definitions and examples), so that markup drift shows before a large batch comes back `empty`.
/// </summary>
public sealed class SiteCheck(LookupSession session, WordLookup lookup)
{
    /// <param name="stopFeeding">When cancelled, no new word is started; the report holds the words done.</param>
    /// <param name="abort">When cancelled, words in flight are abandoned.</param>
    /// <param name="onResult">Sees each word's result as it finishes, before it is judged (never concurrently).</param>
    public async Task<SiteCheckReport> RunAsync(CancellationToken stopFeeding, CancellationToken abort, Action<LookupResult>? onResult = null)
    {
        var words = lookup.Profile.CheckWords;
        var results = new LookupResult?[words.Count];
        await session.RunAsync(
            [lookup],
            words,
            null,
            (index, result) =>
            {
                results[index] = result;
                onResult?.Invoke(result);
                return ValueTask.CompletedTask;
            },
            stopFeeding,
            abort);
        return new SiteCheckReport(lookup.Profile.Name, words.Count, [.. results.OfType<LookupResult>().Select(Judge)]);
    }

    public static WordCheck Judge(LookupResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var (outcome, detail) = result.Status switch
        {
            LookupStatus.Found => JudgeEntries(result.Entries),
            LookupStatus.Empty => (CheckOutcome.Drifted, "the page came but no entry could be read, the site's markup has drifted"
                + (result.Error is null ? "" : $": {result.Error}")),
            LookupStatus.Blocked => (CheckOutcome.Blocked, result.Error ?? "the site refused the tool"),
            // Through an archive, a check word missing from it says nothing of the selectors.
            LookupStatus.NotFound when result.Error is ArchiveRoute.NotArchived or ArchiveRoute.ArchivedAfterClosure => (CheckOutcome.NotFound,
                $"{result.Error}, but a check word must be read from it: choose check words it captured before the closure, or another archiveTimestamp"),
            LookupStatus.NotFound => (CheckOutcome.NotFound,
                "not in the dictionary, but a check word must be: the URL pattern or the not-found selector no longer fits the site"
                + (result.Error is null ? "" : $" ({result.Error})")),
            _ => (CheckOutcome.Failed, result.Error ?? "failed"),
        };
        return new WordCheck(result.Keyword, outcome, detail);
    }

    private static (CheckOutcome Outcome, string Detail) JudgeEntries(IReadOnlyList<Entry> entries)
    {
        var senses = entries.SelectMany(e => e.Senses).ToList();
        var definitions = senses.Count(s => s.Definition.Length > 0) + senses.Sum(s => s.Subsenses.Count(sub => sub.Definition.Length > 0));
        var examples = senses.Sum(s => s.Examples.Count + s.Subsenses.Sum(sub => sub.Examples.Count));
        var found = $"{Count(entries.Count, "entry", "entries")}, {Count(definitions, "definition", "definitions")}, {Count(examples, "example", "examples")}";
        return (definitions, examples) switch
        {
            (0, _) => (CheckOutcome.Drifted, $"found {found}: the definition selectors no longer match"),
            (_, 0) => (CheckOutcome.Drifted, $"found {found}: the example selectors no longer match"),
            _ => (CheckOutcome.Passed, $"found {found}"),
        };
    }

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
}
