using Scraper.Audio;
using Scraper.Fetching;
using Scraper.Results;
using Serilog;

namespace Scraper.Cli.Audio;

/// <summary>
/// `lookup --play` and `--save-audio DIR` around one run: the folder checked before anything is fetched, the results
/// kept as words finish, the recordings fetched after the results are written, the exit code when something failed.
/// </summary>
internal sealed class LookupAudio
{
    private readonly SortedList<int, LookupResult> results = [];
    private readonly bool play;
    private readonly RecordingFolder? folder;

    private LookupAudio(bool play, RecordingFolder? folder)
    {
        this.play = play;
        this.folder = folder;
    }

    /// <summary>Null when neither option was given.</summary>
    /// <exception cref="UsageException">The --save-audio folder cannot be created or written (exit 2, nothing fetched).</exception>
    /// <param name="severalSites">The run asks several sites: each file is named with its site, whichever sites found the word.</param>
    public static LookupAudio? For(bool play, string? saveAudio, bool severalSites)
    {
        if (saveAudio is not null && RecordingFolder.Check(saveAudio) is { } problem)
        {
            throw new UsageException(problem);
        }

        return play || saveAudio is not null ? new LookupAudio(play, saveAudio is null ? null : new RecordingFolder(saveAudio, severalSites)) : null;
    }

    /// <summary>Keeps a finished word, by its place in the keyword list: the first found word is the first in that order.</summary>
    public void Observe(int index, LookupResult result)
    {
        lock (results)
        {
            results[index] = result;
        }
    }

    /// <summary>
    /// Saves, then plays; each problem is one line on stderr. The exit code those problems call for
    /// (<see cref="ExitCodes.Failed"/>, or <see cref="ExitCodes.WriteFailed"/> when a file could not be written), else null.
    /// </summary>
    public async Task<int?> RunAsync(PageFetcher fetcher, CliConsole console, ILogger log, CancellationToken cancellationToken)
    {
        var audio = new PronunciationAudio(fetcher, console.SearchPath, log);
        var problems = new List<string>();
        try
        {
            if (folder is not null)
            {
                problems.AddRange(await audio.SaveAsync(results.Values, folder, cancellationToken));
            }

            if (play && await audio.PlayFirstAsync(results.Values, cancellationToken) is { } problem)
            {
                // The usual advice would be to use the option already given.
                problems.Add(problem != RecordingPlayer.NoPlayer ? "--play: " + problem
                    : folder is null ? problem
                    : $"no audio player found: install ffplay or mpv (the recordings are saved in '{folder.Directory}')");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await WriteAsync(console, problems);
            await console.Error.WriteLineAsync($"scraper: --save-audio: cannot write in '{folder?.Directory}': {ex.Message}");
            return ExitCodes.WriteFailed;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C: the run's own exit code (130) says it.
            return null;
        }

        await WriteAsync(console, problems);
        return problems.Count > 0 ? ExitCodes.Failed : null;
    }

    private static async Task WriteAsync(CliConsole console, List<string> problems)
    {
        foreach (var problem in problems)
        {
            await console.Error.WriteLineAsync($"scraper: {problem}");
        }
    }
}
