namespace Scraper.Cli.Commands;

/// <summary>How `scraper sites` prints the profiles.</summary>
internal enum SitesFormat
{
    Table,
    Json,
}
