using System.Runtime.InteropServices;

namespace Scraper.Cli;

/// <summary>
/// Results could not be written: a full disk, a read-only or failing device, or a reader that closed the pipe.
/// Says which output (a file, or standard output) and the operating system's reason.
/// </summary>
internal sealed class OutputFailedException : Exception
{
    private const int BrokenPipe = 32;

    public OutputFailedException(string target, Exception inner)
        : base($"cannot write to {target}: {Reason(inner)}", inner)
    {
        Target = target;
        PipeClosed = IsBrokenPipe(inner);
    }

    /// <summary>"'out.jsonl'" or "standard output".</summary>
    public string Target { get; }

    /// <summary>The reader of a pipe went away (EPIPE): the run ends quietly, as Unix tools do after `| head`.</summary>
    public bool PipeClosed { get; }

    // On Unix an IOException from a failed write carries the errno as its HResult; Windows reports a broken pipe as
    // ERROR_BROKEN_PIPE (109) or ERROR_NO_DATA (232).
    private static bool IsBrokenPipe(Exception ex) =>
        OperatingSystem.IsWindows() ? (ex.HResult & 0xFFFF) is 109 or 232 : ex.HResult == BrokenPipe;

    // "No space left on device" rather than .NET's "No space left on device : '/dev/full'", which repeats the name.
    // .NET reports EFBIG (a file over the size limit) as an ArgumentOutOfRangeException about the file's length.
    private static string Reason(Exception ex) => ex switch
    {
        IOException when !OperatingSystem.IsWindows() && ex.HResult is > 0 and < 4096 => Marshal.GetPInvokeErrorMessage(ex.HResult),
        ArgumentOutOfRangeException => "File too large",
        UnauthorizedAccessException => "not open for writing, or not allowed",
        _ => Results.CleanText.Of(ex.Message),
    };
}
