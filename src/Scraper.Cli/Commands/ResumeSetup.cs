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

    /// <returns>The keywords still to look up; those the file already has are counted in <paramref name="summary"/>.</returns>
    public static async Task<IReadOnlyList<string>> PrepareAsync(LookupRequest request, IReadOnlyList<string> keywords, LookupSummary summary, ILogger log)
    {
        if (!request.Resume || request.Output is not { } path)
        {
            return keywords;
        }

        var state = await ReadAsync(path, request.Format, keywords);
        var todo = new List<string>(keywords.Count);
        foreach (var keyword in keywords)
        {
            if (state.TryGetDone(keyword, out var status))
            {
                summary.AddSkipped(status);
            }
            else
            {
                todo.Add(keyword);
            }
        }

        log.Information(
            "Resuming {File}: {Skipped} of {Total} words already there, {Todo} to look up ({Retried} failed or blocked before{Torn}{LastWord})",
            path, summary.Skipped, keywords.Count, todo.Count, state.Retried,
            state.TornBytes > 0 ? $"; a half-written last line of {state.TornBytes} bytes removed" : "",
            state.LastWordCut ? "; the last word's rows removed, as they may be incomplete" : "");
        return todo;
    }

    private static async Task<ResumeState> ReadAsync(string path, ResultFormat format, IReadOnlyList<string> keywords)
    {
        try
        {
            return await ResumeFile.PrepareAsync(path, format, keywords, CancellationToken.None);
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
