using Scraper.Cli.Audio;
using Scraper.Results;

namespace Scraper.Cli.Shell;

/// <summary>
/// `:play`: the first recording of the last word found, from the first site (in site order) whose entries link one,
/// fetched through that site's fetcher (its politeness) and played as `lookup --play` plays it. Whatever happens is
/// one line, and the shell goes on.
/// </summary>
internal static class ShellPlayCommand
{
    public static async Task RunAsync(ShellInterpreter shell)
    {
        var results = shell.LastFound;
        var found = results.Where(r => r.Status == LookupStatus.Found).ToList();
        if (found.Count == 0)
        {
            shell.Failed(":play: no word found yet, so there is no recording to play");
            return;
        }

        // A site that found the word without a recording gives way to the next one that has one.
        var chosen = found.FirstOrDefault(r => r.Entries.Any(e => e.Audio.Count > 0)) ?? found[0];
        var audio = new PronunciationAudio(shell.Session.Fetcher, shell.SearchPath, shell.Log);

        // "" when it played: null is Ctrl+C.
        var problem = await shell.CancellableAsync(async token => await audio.PlayFirstAsync([chosen], token) ?? "");
        if (problem is null)
        {
            shell.View.Say(":play: stopped");
        }
        else if (problem.Length > 0)
        {
            shell.Failed(problem == RecordingPlayer.NoPlayer ? ":play: no audio player found: install ffplay or mpv" : $":play: {problem}");
        }
    }
}
