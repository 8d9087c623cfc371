namespace Scraper.Cli.Commands;

/// <summary>How the bench report is written.</summary>
internal enum BenchReportFormat
{
    Table,
    Json,
    Markdown,
}
