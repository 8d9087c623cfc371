using Scraper.Files;

namespace Scraper.Output;

/// <summary>
/// One run per results file. The run holds an OS lock on <c>FILE.lock</c> beside the file for its whole length: an
/// advisory flock on Unix, a share lock on Windows, both taken through <see cref="FileShare.None"/>. A companion rather
/// than the file itself, because --resume may rename <c>FILE.resume-tmp</c> over FILE (a lock on the old file would
/// not hold the new one), and because a lock on FILE would also shut out readers such as a progress script.
/// The companion is deleted when the run ends; one a killed run left behind holds no lock and is simply reused.
/// </summary>
public sealed class ResultFileLock : IDisposable
{
    private const int Tries = 3;
    private readonly FileStream? held;

    private ResultFileLock(FileStream? held) => this.held = held;

    /// <exception cref="ResultFileBusyException">Another run holds the lock.</exception>
    public static ResultFileLock Acquire(string resultsPath)
    {
        // The real file, not the name it was given by: "-o link.jsonl", a link to same.jsonl, is same.jsonl's run.
        var full = RealPath.Of(resultsPath);

        // A device (-o /dev/full, /dev/stdout) is no file to corrupt, and /dev is no place for a lock file.
        if (full.StartsWith("/dev/", StringComparison.Ordinal) || full.StartsWith("/proc/", StringComparison.Ordinal))
        {
            return new ResultFileLock(null);
        }

        var lockPath = full + ".lock";
        for (var attempt = 0; attempt < Tries; attempt++)
        {
            var stream = TryOpen(lockPath, resultsPath);
            if (stream is null || IsStillAt(lockPath))
            {
                return new ResultFileLock(stream);
            }

            // The run that held it deleted it between our open and our lock: ours is a lock on nothing; again.
            stream.Dispose();
        }

        throw new ResultFileBusyException(resultsPath);
    }

    public void Dispose() => held?.Dispose();

    // Null when no lock can be taken there at all (a read-only folder): the output file itself will then say why.
    private static FileStream? TryOpen(string lockPath, string resultsPath)
    {
        try
        {
            return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException ex) when (IsHeldElsewhere(ex))
        {
            throw new ResultFileBusyException(resultsPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // Opening the path again must fail on our own lock; if it opens, or is gone, the file we locked is not there any more.
    private static bool IsStillAt(string lockPath)
    {
        try
        {
            using var probe = new FileStream(lockPath, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return false;
        }
        catch (IOException ex) when (IsHeldElsewhere(ex))
        {
            return true;
        }
        catch (FileNotFoundException)
        {
            return false;
        }
    }

    // EWOULDBLOCK from flock on Unix; ERROR_SHARING_VIOLATION on Windows.
    private static bool IsHeldElsewhere(IOException ex) =>
        OperatingSystem.IsWindows() ? (ex.HResult & 0xFFFF) == 32 : ex.HResult == 11;
}
