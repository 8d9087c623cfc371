using Scraper.Lookup;
using Scraper.Output;

namespace Scraper.Cli.Commands;

/// <summary>The parsed options of one `scraper lookup`.</summary>
internal sealed record LookupRequest
{
    public CommonValues Common { get; init; } = CommonValues.Default;

    public int Concurrency { get; init; } = 8;

    public int Retries { get; init; } = 3;

    public int TimeoutSeconds { get; init; } = 10;

    public HomographMode Homographs { get; init; } = HomographMode.All;

    public ResultFormat Format { get; init; } = ResultFormat.Table;

    public string? Output { get; init; }

    public FetchingValues Fetching { get; init; } = FetchingValues.Default;

    /// <summary>Continue <see cref="Output"/>: skip the words it has with a final status, append the rest.</summary>
    public bool Resume { get; init; }

    /// <summary>--play: play the first recording of the first found word.</summary>
    public bool Play { get; init; }

    /// <summary>--save-audio DIR: keep each found word's recordings in this folder.</summary>
    public string? SaveAudio { get; init; }

    /// <summary>The command line as parsed (after `scraper`), from which an interrupted run says how to finish it.</summary>
    public IReadOnlyList<string> CommandLine { get; init; } = [];
}
