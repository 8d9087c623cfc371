using Scraper.Audio;
using Scraper.Fetching;
using Scraper.Results;
using Serilog;

namespace Scraper.Cli.Audio;

/// <summary>
/// What `lookup --play` and `--save-audio` (and the shell's `:play`) do with the recordings of found words: fetch them
/// through the run's fetcher, play the first, keep them in a folder. Every problem is one line for stderr, and none
/// stops the others.
/// </summary>
internal sealed class PronunciationAudio(PageFetcher fetcher, string? searchPath, ILogger log)
{
    private readonly RecordingFetcher recordings = new(fetcher);
    private readonly RecordingPlayer player = new(searchPath);

    /// <summary>
    /// Plays the first recording of the first found word; null when it played, else what happened, in one line that
    /// names no option (the caller says whether it was `--play` or the shell's `:play`).
    /// </summary>
    public async Task<string?> PlayFirstAsync(IEnumerable<LookupResult> results, CancellationToken cancellationToken)
    {
        var found = results.FirstOrDefault(r => r.Status == LookupStatus.Found);
        if (found is null)
        {
            return "no word was found, so there is no recording to play";
        }

        if (found.Entries.SelectMany(e => e.Audio).FirstOrDefault() is not { } first)
        {
            return $"the page of '{found.Keyword}' links no recording";
        }

        // Said before fetching: without a player, the fetch would be for nothing.
        if (!player.HasPlayer)
        {
            return RecordingPlayer.NoPlayer;
        }

        var file = await recordings.FetchAsync(first, cancellationToken);
        if (file.Problem is { } problem)
        {
            return $"cannot fetch the recording of '{found.Keyword}' ({first.Url}): {problem}";
        }

        log.Debug("Playing {Url:l}", first.Url);
        return await player.PlayAsync(file, cancellationToken);
    }

    /// <summary>
    /// Saves the first recording of each accent ("uk", "us", or unsaid) of each found word into the folder; gives the
    /// problems, one line each, of the recordings that could not be fetched.
    /// </summary>
    /// <exception cref="IOException">A file could not be written: the folder's disk is full, read-only or failing.</exception>
    public async Task<IReadOnlyList<string>> SaveAsync(IEnumerable<LookupResult> results, RecordingFolder folder, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var found = results.Where(r => r.Status == LookupStatus.Found).ToList();
        foreach (var result in found)
        {
            foreach (var recording in result.Entries.SelectMany(e => e.Audio).DistinctBy(r => r.Region))
            {
                var file = await recordings.FetchAsync(recording, cancellationToken);
                if (file.Problem is { } problem)
                {
                    problems.Add($"--save-audio: cannot fetch the recording of '{result.Keyword}' ({recording.Url}): {problem}");
                    continue;
                }

                var path = folder.Save(result.Keyword, result.Site, recording.Region, file);
                log.Information("Saved {Path:l}", path);
            }
        }

        return problems;
    }
}
