using Scraper.Output;
using Scraper.Results;

namespace Scraper.Resume;

/// <summary>What a results file held when a resumed run began, and what was cut out of it.</summary>
public sealed class ResumeState
{
    private readonly ResultFormat format;
    private readonly IReadOnlyDictionary<string, LookupStatus> done;

    private readonly bool anySite;

    internal ResumeState(ResultFormat format, IReadOnlyDictionary<string, LookupStatus> done, int retried, long tornBytes, bool lastWordCut, bool anySite)
    {
        this.anySite = anySite;
        this.format = format;
        this.done = done;
        Retried = retried;
        TornBytes = tornBytes;
        LastWordCut = lastWordCut;
    }

    /// <summary>(Site, word) pairs the file holds with a final status (found, not-found, empty).</summary>
    public int Done => done.Count;

    /// <summary>Failed or blocked words of the run whose lines were cut, to be looked up again.</summary>
    public int Retried { get; }

    /// <summary>The bytes of a line a crash left half written, cut from the end.</summary>
    public long TornBytes { get; }

    /// <summary>CSV: the rows of the file's last word were cut, since they may be only some of its rows.</summary>
    public bool LastWordCut { get; }

    /// <summary>Whether the file already has <paramref name="keyword"/> with a final status, and which.</summary>
    public bool TryGetDone(string keyword, out LookupStatus status) => TryGetDone("", keyword, out status);

    /// <summary>Whether the file already has the pair (<paramref name="site"/>, <paramref name="keyword"/>) with a final status, and which.</summary>
    public bool TryGetDone(string site, string keyword, out LookupStatus status) =>
        done.TryGetValue(ResumeKey.OfKeyword(anySite ? "" : site, keyword, format), out status);
}
