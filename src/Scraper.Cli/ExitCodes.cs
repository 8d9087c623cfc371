namespace Scraper.Cli;

/// <summary>The exit codes of PRODUCT.md and the README.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int NotFound = 1;
    public const int Usage = 2;
    public const int Failed = 3;

    /// <summary>Results could not be written (disk full, read-only, device error): the run stopped.</summary>
    public const int WriteFailed = 4;

    /// <summary>bench --compare: the run was slower than its baseline by more than --regression.</summary>
    public const int Regression = 5;

    /// <summary>EX_SOFTWARE of sysexits.h: an internal error, that is a bug; one line on stderr, never a stack trace.</summary>
    public const int InternalError = 70;

    public const int Interrupted = 130;

    /// <summary>Standard output's reader closed the pipe (128 + SIGPIPE, as a shell reports a tool killed by it).</summary>
    public const int PipeClosed = 141;
}
