using Scraper.Benchmark;
using Scraper.Lookup;

namespace Scraper.Cli.Commands;

/// <summary>The parsed options of one `scraper bench`.</summary>
internal sealed record BenchRequest
{
    public CommonValues Common { get; init; } = CommonValues.Default;

    public int LatencyMs { get; init; } = 300;

    public IReadOnlyList<int> Concurrency { get; init; } = [8];

    public IReadOnlyList<BenchMode> Modes { get; init; } = [BenchMode.Sync, BenchMode.Async];

    public int Repeat { get; init; } = 1;

    public HomographMode Homographs { get; init; } = HomographMode.First;

    public BenchReportFormat Format { get; init; } = BenchReportFormat.Table;

    public string? Output { get; init; }

    /// <summary>--rate: most requests per second; null: the profile's off loopback, none on it.</summary>
    public double? Rate { get; init; }

    /// <summary>--definitions: the definitions table even for a list longer than <see cref="BenchOutput.ShortList"/>.</summary>
    public bool Definitions { get; init; }

    /// <summary>--raw: where to write one CSV row per request.</summary>
    public string? Raw { get; init; }

    /// <summary>--timeline: where to write the SVG timeline of the sync and async passes.</summary>
    public string? Timeline { get; init; }

    /// <summary>-n: words a pass looks up, cycling the list; null: the list once.</summary>
    public int? Count { get; init; }

    /// <summary>--duration: how long each counted pass runs, cycling the list; null: the list once.</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>--arrival-rate, --save, --compare, --regression, --report (issue 25).</summary>
    public BenchExtras Extras { get; init; } = new();
}
