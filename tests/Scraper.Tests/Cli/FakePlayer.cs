using Scraper.Tests.Support;

namespace Scraper.Tests.Cli;

/// <summary>
/// A folder holding a real program named like an audio player: a shell script that records its arguments and copies
/// the file it was given, then exits with the given code. Put on the CLI's search path, it is what `--play` runs.
/// The copy is renamed into place, so that a test polling <see cref="HasPlayed"/> never reads it half-written (a
/// shell test once read it empty, between cp's create and its write).
/// </summary>
internal sealed class FakePlayer : IDisposable
{
    private readonly TempDirectory folder = new();

    /// <param name="hangs">Never plays nor exits, as a player does that waits for a sound device that does not work.</param>
    public FakePlayer(string name = "mpv", int exitCode = 0, bool hangs = false)
    {
        var script = Path.Combine(folder.Path, name);
        File.WriteAllText(script, hangs ? "#!/bin/sh\nexec /bin/sleep 60\n" : $$"""
            #!/bin/sh
            here="${0%/*}"
            printf '%s\n' "$@" > "$here/arguments.txt"
            for last; do :; done
            /bin/cp "$last" "$here/played.tmp"
            /bin/mv "$here/played.tmp" "$here/played.bin"
            exit {{exitCode}}

            """);
        // A shell script is a program only where there is /bin/sh: these tests run on Linux and macOS.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public string Folder => folder.Path;

    public string[] Arguments => File.ReadAllLines(Path.Combine(folder.Path, "arguments.txt"));

    public byte[] Played => File.ReadAllBytes(Path.Combine(folder.Path, "played.bin"));

    public bool HasPlayed => File.Exists(Path.Combine(folder.Path, "played.bin"));

    public void Dispose() => folder.Dispose();
}
