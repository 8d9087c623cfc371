using Scraper.Lookup;

namespace Scraper.Resume;

/// <summary>What a lookup still has to do: which (word, site) pairs a resumed file has (null: none), and how many are left.</summary>
public sealed record PairsToDo(Func<int, int, bool>? IsDone, int Count)
{
    /// <summary>Every pair of a run that resumes nothing.</summary>
    public static PairsToDo All(int words, int sites) => new(null, words * sites);

    /// <summary>
    /// The pairs a resumed file does not have yet, in the run's order (<see cref="RunOrder"/>); those it has are counted
    /// in <paramref name="summary"/> as skipped.
    /// </summary>
    public static PairsToDo From(ResumeState state, IReadOnlyList<string> keywords, IReadOnlyList<string> sites, LookupSummary summary)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(keywords);
        ArgumentNullException.ThrowIfNull(sites);
        ArgumentNullException.ThrowIfNull(summary);
        var done = new bool[keywords.Count * sites.Count];
        for (var word = 0; word < keywords.Count; word++)
        {
            for (var site = 0; site < sites.Count; site++)
            {
                if (state.TryGetDone(sites[site], keywords[word], out var status))
                {
                    done[RunOrder.IndexOf(word, site, sites.Count)] = true;
                    summary.AddSkipped(status);
                }
            }
        }

        return new PairsToDo((word, site) => done[RunOrder.IndexOf(word, site, sites.Count)], done.Length - summary.Skipped);
    }
}
