using Scraper.Lookup;
using Scraper.Output;
using Scraper.Resume;
using Serilog;

namespace Scraper.Cli.Commands;

/// <summary>--resume: checks that it can be used, readies the -o file, and sorts the keywords into done and to do.</summary>
internal static class ResumeSetup
{
    public static void Check(LookupRequest request)
    {
        if (!request.Resume)
        {
            return;
        }

        if (request.Output is null)
        {
            throw new UsageException($"--resume needs -o FILE: the {FormatDescriptor.ResumableNames} file to continue");
        }

        if (!FormatDescriptor.Of(request.Format).Resumable)
        {
            throw new UsageException($"--resume needs --format {FormatDescriptor.ResumableNames}, the formats written word by word");
        }
    }

    /// <returns>
    /// The (word, site) pairs still to look up, by index in <paramref name="keywords"/> and <paramref name="sites"/>;
    /// those the file already has are counted in <paramref name="summary"/>.
    /// </returns>
    public static async Task<PairsToDo> PrepareAsync(LookupRequest request, IReadOnlyList<string> keywords, IReadOnlyList<string> sites, LookupSummary summary, ILogger log)
    {
        if (!request.Resume || request.Output is not { } path)
        {
            return PairsToDo.All(keywords.Count, sites.Count);
        }

        var state = await ReadAsync(path, request.Format, keywords, sites);
        var todo = PairsToDo.From(state, keywords, sites, summary);
        log.Information(
            "Resuming {File}: {Skipped} of {Total} {Unit} already there, {Todo} to look up ({Retried} failed or blocked before{Torn}{LastWord})",
            path, summary.Skipped, keywords.Count * sites.Count, sites.Count == 1 ? "words" : "results", todo.Count, state.Retried,
            state.TornBytes > 0 ? $"; a half-written last line of {state.TornBytes} bytes removed" : "",
            state.LastWordCut ? "; the last word's rows removed, as they may be incomplete" : "");
        return todo;
    }

    private static async Task<ResumeState> ReadAsync(string path, ResultFormat format, IReadOnlyList<string> keywords, IReadOnlyList<string> sites)
    {
        try
        {
            return await ResumeFile.PrepareAsync(path, format, keywords, sites, CancellationToken.None);
        }
        catch (ResumeFileException ex)
        {
            throw new UsageException($"cannot resume from '{path}': {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot resume from '{path}': {ex.Message}");
        }
    }
}
