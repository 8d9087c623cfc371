namespace Scraper.History;

/// <summary>
/// One writer of the history at a time, across processes: an OS lock (flock on Unix, a share lock on Windows, both
/// through <see cref="FileShare.None"/>) on <c>FILE.lock</c> beside it. Without it two runs' appends land at the same
/// offset (.NET appends by position, not with O_APPEND), and a trim drops the lines appended while it rewrote the file.
/// The lock file stays: deleting it could let a third writer lock a file the second no longer sees.
/// </summary>
internal sealed class HistoryLock : IDisposable
{
    // A writer holds it for one append (and, once in a thousand, a rewrite of the file): milliseconds.
    private static readonly TimeSpan MostWait = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(10);
    private readonly FileStream held;

    private HistoryLock(FileStream held) => this.held = held;

    /// <exception cref="IOException">Another writer held it for longer than a writer ever should, or it cannot be made.</exception>
    public static HistoryLock Acquire(string historyPath)
    {
        var lockPath = historyPath + ".lock";
        var waited = TimeSpan.Zero;
        while (true)
        {
            try
            {
                return new HistoryLock(new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1));
            }
            catch (IOException ex) when (IsHeldElsewhere(ex) && waited < MostWait)
            {
                Thread.Sleep(Retry);
                waited += Retry;
            }
            catch (IOException ex) when (IsHeldElsewhere(ex))
            {
                throw new IOException($"another run has held '{lockPath}' for more than {MostWait.TotalSeconds:0} s", ex);
            }
        }
    }

    public void Dispose() => held.Dispose();

    // EWOULDBLOCK from flock on Unix; ERROR_SHARING_VIOLATION on Windows.
    private static bool IsHeldElsewhere(IOException ex) =>
        OperatingSystem.IsWindows() ? (ex.HResult & 0xFFFF) == 32 : ex.HResult == 11;
}
