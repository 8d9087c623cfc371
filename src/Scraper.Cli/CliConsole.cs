namespace Scraper.Cli;

/// <summary>The process's streams, injectable so that tests drive the real commands.</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, Func<Stream> OpenStdin, bool OutputIsTerminal)
{
    public static CliConsole System { get; } = new(
        CreateStdout(),
        new StreamWriter(Console.OpenStandardError()) { AutoFlush = true },
        Console.OpenStandardInput,
        !Console.IsOutputRedirected)
    {
        ErrorIsTerminal = !Console.IsErrorRedirected,
        InputIsTerminal = !Console.IsInputRedirected && !Console.IsErrorRedirected,
        InputIsRedirected = Console.IsInputRedirected,
        Folders = Remembered.UserFolders.FromEnvironment(),
        SearchPath = Environment.GetEnvironmentVariable("PATH"),
    };

    /// <summary>Whether stderr is a terminal, where a run shows a progress bar rather than progress lines.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>
    /// Whether stdin and stderr are both a terminal, where `scraper shell` reads keys with its line editor and draws
    /// the prompt; otherwise it reads plain lines (a pipe, a file, a test).
    /// </summary>
    public bool InputIsTerminal { get; init; }

    /// <summary>
    /// Whether stdin is a pipe or a file, from which lookup reads its words when none are given. False for a console
    /// made by a test unless it says otherwise, so that a test's empty stdin is not read as a list of words.
    /// </summary>
    public bool InputIsRedirected { get; init; }

    /// <summary>
    /// Makes the Ctrl+C handling of a run, given its grace period. Tests swap in one that does not listen for
    /// signals, and interrupt the run themselves.
    /// </summary>
    public Func<TimeSpan, Interruption> NewInterruption { get; init; } = grace => new Interruption(grace);

    /// <summary>
    /// Times a run: its summary, whether it was long enough to show one, when the progress bar appears and when a
    /// progress line is due (tests stop it with a fake clock).
    /// </summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>
    /// Where the default cache and the history are: the user's folders for the real console; none for a console
    /// made by a test, which sets temporary ones, so that no test touches the real home folder.
    /// </summary>
    public Remembered.UserFolders Folders { get; init; } = Remembered.UserFolders.None;

    /// <summary>
    /// Where `--play` looks for an audio player, in PATH's form: the process's PATH for the real console; none for a
    /// console made by a test, which gives its own folder of fake players, so that no test plays a sound.
    /// </summary>
    public string? SearchPath { get; init; }

    // Every result written is flushed at once; a failed write names standard output (see OutputStream).
    private static StreamWriter CreateStdout() => new(OutputStream.Stdout(), new System.Text.UTF8Encoding(false)) { AutoFlush = true };
}
