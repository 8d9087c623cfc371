using Scraper.Lookup;
using Scraper.Output;

namespace Scraper.Cli.Commands;

/// <summary>The parsed options of one `scraper lookup`.</summary>
internal sealed record LookupRequest
{
    public string[]? Words { get; init; }

    public string? File { get; init; }

    public required string Site { get; init; }

    public Uri? BaseUrl { get; init; }

    public int Concurrency { get; init; } = 8;

    public int Retries { get; init; } = 3;

    public int TimeoutSeconds { get; init; } = 10;

    public HomographMode Homographs { get; init; } = HomographMode.All;

    public ResultFormat Format { get; init; } = ResultFormat.Table;

    public string? Output { get; init; }

    public bool Verbose { get; init; }

    public bool Quiet { get; init; }
}
