using Scraper.Results;

namespace Scraper.Lookup;

/// <summary>Counts of a run's results by status, and the exit code they make.</summary>
public sealed class LookupSummary
{
    private readonly int[] counts = new int[Enum.GetValues<LookupStatus>().Length];

    public int Total { get; private set; }

    public int Retries { get; private set; }

    public void Add(LookupResult result)
    {
        counts[(int)result.Status]++;
        Total++;
        Retries += result.Trace.Retries;
    }

    public int Count(LookupStatus status) => counts[(int)status];

    /// <summary>0 all found · 1 some not in the dictionary, none failed · 3 some failed, blocked or empty.</summary>
    public int ExitCode =>
        Count(LookupStatus.Failed) + Count(LookupStatus.Blocked) + Count(LookupStatus.Empty) > 0 ? 3
        : Count(LookupStatus.NotFound) > 0 ? 1
        : 0;
}
