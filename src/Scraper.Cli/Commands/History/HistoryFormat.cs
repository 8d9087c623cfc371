namespace Scraper.Cli.Commands;

/// <summary>How `scraper history` prints the words looked up.</summary>
internal enum HistoryFormat
{
    Table,
    Json,
}
