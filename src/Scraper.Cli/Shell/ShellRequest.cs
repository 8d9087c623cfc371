using Scraper.Cli.Commands;
using Scraper.Lookup;

namespace Scraper.Cli.Shell;

/// <summary>The parsed options of one `scraper shell`.</summary>
internal sealed record ShellRequest
{
    public CommonValues Common { get; init; } = CommonValues.Default;

    public int Retries { get; init; } = 3;

    public int TimeoutSeconds { get; init; } = 10;

    public HomographMode Homographs { get; init; } = HomographMode.All;

    public ShellFormat Format { get; init; } = ShellFormat.Table;

    public FetchingValues Fetching { get; init; } = FetchingValues.Default;
}
