namespace Scraper.Cli.Commands;

/// <summary>The parsed options of `bench` that look past one run: the open model, baselines and the HTML report.</summary>
internal sealed record BenchExtras
{
    /// <summary>--arrival-rate: async words a second on a fixed schedule; null: the closed model.</summary>
    public double? ArrivalRate { get; init; }

    /// <summary>--save: the baseline name to keep this run under.</summary>
    public string? Save { get; init; }

    /// <summary>--compare: the baseline name to compare this run with.</summary>
    public string? Compare { get; init; }

    /// <summary>--regression: how much slower than the baseline (0.10: 10 %) is a regression, exit 5.</summary>
    public double Regression { get; init; } = 0.10;

    /// <summary>--report: where to write the one-page HTML report.</summary>
    public string? Report { get; init; }
}
