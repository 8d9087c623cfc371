using Scraper.Output;
using Scraper.Results;

namespace Scraper.Resume;

/// <summary>
/// Gets a JSON lines, CSV or Anki results file ready for a resumed run to append to: finds the words it already has with a
/// final status, and cuts out a line a crash left half written, the lines of this run's failed or blocked words (they
/// are looked up again) and, in CSV, the last word's rows.
/// </summary>
public static class ResumeFile
{
    /// <param name="keywords">The run's keywords, as <see cref="Keywords.KeywordSet"/> gives them.</param>
    /// <exception cref="ResumeFileException">The file is not a results file of <paramref name="format"/>; it is left as it was.</exception>
    public static Task<ResumeState> PrepareAsync(string path, ResultFormat format, IEnumerable<string> keywords, CancellationToken cancellationToken) =>
        PrepareAsync(path, format, keywords, null, cancellationToken);

    /// <param name="keywords">The run's keywords, as <see cref="Keywords.KeywordSet"/> gives them.</param>
    /// <param name="sites">The run's sites: the file is read by (site, word); null: by word alone, whatever site each result names.</param>
    /// <exception cref="ResumeFileException">The file is not a results file of <paramref name="format"/>; it is left as it was.</exception>
    public static async Task<ResumeState> PrepareAsync(string path, ResultFormat format, IEnumerable<string> keywords, IReadOnlyList<string>? sites, CancellationToken cancellationToken)
    {
        if (!FormatDescriptor.Of(format).Resumable)
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, $"only {FormatDescriptor.ResumableNames} files can be resumed");
        }

        var runSites = sites ?? [""];
        var scan = new ResultFileScan(keywords.SelectMany(k => runSites.Select(s => ResumeKey.OfKeyword(s, k, format))).ToHashSet(StringComparer.Ordinal), sites);
        if (!File.Exists(path))
        {
            return new ResumeState(format, scan.Done, 0, 0, false, sites is null);
        }

        long length;
        long whole;
        await using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, useAsync: true))
        {
            length = stream.Length;
            whole = FileTail.EndOfLastLine(stream);
            stream.Position = 0;
            var scanning = format switch
            {
                ResultFormat.Jsonl => JsonlScanner.ScanAsync(stream, whole, scan, cancellationToken),
                ResultFormat.Anki => AnkiScanner.ScanAsync(stream, whole, scan, cancellationToken),
                _ => CsvScanner.ScanAsync(stream, whole, scan, cancellationToken),
            };
            await scanning;
        }

        scan.Cut(whole, length);
        FileRepair.Cut(path, scan.Cuts, length);
        return new ResumeState(format, scan.Done, scan.Retried, length - whole, scan.LastWordCut, sites is null);
    }
}
