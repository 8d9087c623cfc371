using Scraper.Audio;
using System.ComponentModel;
using System.Diagnostics;

namespace Scraper.Cli.Audio;

/// <summary>Plays a fetched recording with the first player on the search path (<see cref="AudioPlayer.Find"/>), and waits for it.</summary>
internal sealed class RecordingPlayer(string? searchPath)
{
    public const string NoPlayer = "no audio player found: install ffplay or mpv, or use --save-audio DIR";

    /// <summary>
    /// A pronunciation lasts a second or two; a player still going after this is stuck, not playing it (most often it
    /// waits for a sound device that does not work), and is stopped.
    /// </summary>
    public static readonly TimeSpan MostPlayTime = TimeSpan.FromSeconds(5);

    public bool HasPlayer => AudioPlayer.Find(searchPath) is not null;

    /// <summary>Null once the player has played the file and exited 0; else what went wrong, in one line.</summary>
    public async Task<string?> PlayAsync(RecordingFile recording, CancellationToken cancellationToken)
    {
        if (AudioPlayer.Find(searchPath) is not var (player, program))
        {
            return NoPlayer;
        }

        // Players tell the format by the file's extension; the file is the user's own, removed after playing.
        var file = Path.Combine(Path.GetTempPath(), $"scraper-{Guid.NewGuid():N}{recording.Extension}");
        try
        {
            await File.WriteAllBytesAsync(file, recording.Bytes!, cancellationToken);
            return await RunAsync(player, program, file, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"cannot write the recording to a temporary file: {ex.Message}";
        }
        finally
        {
            TryDelete(file);
        }
    }

    private static async Task<string?> RunAsync(AudioPlayer player, string program, string file, CancellationToken cancellationToken)
    {
        // Its output would mix with the results on stdout, and its key reading with the terminal: neither is wanted.
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in player.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add(file);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(MostPlayTime);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception("the process did not start");
        }
        catch (Win32Exception ex)
        {
            return $"cannot run {program}: {ex.Message}";
        }

        using (process)
        {
            process.StandardInput.Close();
            var output = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null, CancellationToken.None);
            var errors = process.StandardError.BaseStream.CopyToAsync(Stream.Null, CancellationToken.None);
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
                cancellationToken.ThrowIfCancellationRequested();
                return $"{player.Program} had not played the recording after {MostPlayTime.TotalSeconds:0} s and was stopped: is there a working sound device? (--save-audio DIR keeps the file instead)";
            }

            await Task.WhenAll(output, errors);
            return process.ExitCode == 0 ? null : $"{player.Program} could not play it (exit code {process.ExitCode})";
        }
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The temporary folder keeps it; nothing the user asked for depends on it.
        }
    }
}
