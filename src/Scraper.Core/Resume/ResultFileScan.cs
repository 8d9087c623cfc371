using Scraper.Results;

namespace Scraper.Resume;

/// <summary>
/// The words of a results file, met in file order, and the byte ranges a resumed run cuts out: the lines of words it
/// will look up again (failed or blocked ones of this run's list), later copies of a word already there, and a tail
/// a crash left unfinished. Every word of the run then ends up in the file exactly once.
/// </summary>
internal sealed class ResultFileScan(IReadOnlySet<string> runKeys, IReadOnlyList<string>? sites)
{
    private readonly Dictionary<string, LookupStatus> done = new(StringComparer.Ordinal);
    private readonly List<ByteRange> cuts = [];

    /// <summary>Words with a final status, by <see cref="ResumeKey"/>.</summary>
    public IReadOnlyDictionary<string, LookupStatus> Done => done;

    /// <summary>In file order, adjacent ranges merged.</summary>
    public IReadOnlyList<ByteRange> Cuts => cuts;

    /// <summary>Failed or blocked words of this run whose lines were cut, to be looked up again.</summary>
    public int Retried { get; private set; }

    /// <summary>CSV: the last word's rows were cut (<see cref="CsvScanner"/> says why).</summary>
    public bool LastWordCut { get; private set; }

    /// <summary>
    /// The key of a result in the file, by its site (null or empty when the file does not say: written before results
    /// named their site, and then by a run of one site) and its keyword as written.
    /// </summary>
    /// <exception cref="ResumeFileException">The result names no site and the run has several.</exception>
    public string Key(string? site, string keyword, Func<string> where) => ResumeKey.OfWritten(
        sites is null ? ""
        : !string.IsNullOrEmpty(site) ? site
        : sites.Count == 1 ? sites[0]
        : throw new ResumeFileException($"{where()} names no site, so it cannot be matched with one of this run's {sites.Count} sites: resume it with the one --site it was written with"),
        keyword);

    /// <summary>A word met at bytes [start, end) of the file.</summary>
    public void Word(string key, LookupStatus status, long start, long end)
    {
        if (done.ContainsKey(key))
        {
            Cut(start, end);
        }
        else if (FinalStatus.Is(status))
        {
            done[key] = status;
        }
        else if (runKeys.Contains(key))
        {
            Cut(start, end);
            Retried++;
        }
    }

    public void CutLastWord(long start, long end)
    {
        Cut(start, end);
        LastWordCut = true;
    }

    /// <summary>Cuts bytes [start, end); ranges come in file order.</summary>
    public void Cut(long start, long end)
    {
        if (start >= end)
        {
            return;
        }

        if (cuts.Count > 0 && cuts[^1].End == start)
        {
            cuts[^1] = cuts[^1] with { End = end };
            return;
        }

        cuts.Add(new ByteRange(start, end));
    }
}
