using Scraper.Output;

namespace Scraper.Cli.Commands;

/// <summary>The parsed options of `scraper parse`.</summary>
internal sealed record ParseRequest
{
    public required CommonValues Common { get; init; }

    public required IReadOnlyList<string> Files { get; init; }

    public ResultFormat Format { get; init; } = ResultFormat.Table;

    public string? Output { get; init; }
}
