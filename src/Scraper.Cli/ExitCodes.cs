namespace Scraper.Cli;

/// <summary>The exit codes of PRODUCT.md.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int NotFound = 1;
    public const int Usage = 2;
    public const int Failed = 3;
    public const int Interrupted = 130;
}
