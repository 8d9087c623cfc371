namespace Scraper.Cli.Commands;

/// <summary>The parsed options of one `scraper check`.</summary>
internal sealed record CheckRequest
{
    public CommonValues Common { get; init; } = CommonValues.Default;

    public int Concurrency { get; init; } = 8;

    public int TimeoutSeconds { get; init; } = 10;
}
