namespace Scraper.Cli.Audio;

/// <summary>A command-line player: its program's name and the arguments that play one file and exit, quietly, without a window.</summary>
internal sealed record AudioPlayer(string Program, IReadOnlyList<string> Arguments)
{
    /// <summary>
    /// Tried in this order, the first on PATH plays: ffplay (FFmpeg, on most systems with video tools), mpv, mpg123
    /// (small, mp3 only), afplay (every macOS), cvlc (VLC without its window), paplay last (PulseAudio's; plays mp3 only
    /// where its libsndfile is 1.1 or later).
    /// </summary>
    public static IReadOnlyList<AudioPlayer> Known { get; } =
    [
        new("ffplay", ["-nodisp", "-autoexit", "-loglevel", "quiet"]),
        new("mpv", ["--no-video", "--really-quiet"]),
        new("mpg123", ["-q"]),
        new("afplay", []),
        new("cvlc", ["--play-and-exit", "--quiet"]),
        new("paplay", []),
    ];

    /// <summary>The first known player found in the directories of <paramref name="searchPath"/> (PATH's form), and where.</summary>
    public static (AudioPlayer Player, string File)? Find(string? searchPath)
    {
        var directories = (searchPath ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var player in Known)
        {
            foreach (var directory in directories)
            {
                foreach (var name in (ReadOnlySpan<string>)[player.Program, player.Program + ".exe"])
                {
                    var file = Path.Combine(directory, name);
                    if (IsProgram(file))
                    {
                        return (player, file);
                    }
                }
            }
        }

        return null;
    }

    // A directory or a file without the execute bit is not a program to run.
    private static bool IsProgram(string file)
    {
        if (!File.Exists(file))
        {
            return false;
        }

        return OperatingSystem.IsWindows()
            || (File.GetUnixFileMode(file) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;
    }
}
