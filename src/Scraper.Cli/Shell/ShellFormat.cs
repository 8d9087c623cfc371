namespace Scraper.Cli.Shell;

/// <summary>How the shell prints a word: as `lookup` does on a terminal, or one JSON result object per line.</summary>
internal enum ShellFormat
{
    Table,
    Json,
}
