using Scraper.Benchmark;
using Serilog;

namespace Scraper.Cli.Commands;

/// <summary>
/// --save and --compare: the baseline to compare with is read before anything is fetched (a missing one is exit 2),
/// and after the run the report gains the comparison and is saved under its name.
/// </summary>
internal sealed class BenchBaselines
{
    private readonly BaselineStore? store;
    private readonly BenchExtras extras;
    private readonly Baseline? compared;

    private BenchBaselines(BaselineStore? store, BenchExtras extras, Baseline? compared)
    {
        this.store = store;
        this.extras = extras;
        this.compared = compared;
    }

    /// <exception cref="UsageException">No data folder is known, or the baseline to compare with is missing or unreadable.</exception>
    public static BenchBaselines Open(BenchExtras extras, CliConsole console)
    {
        if (extras.Save is null && extras.Compare is null)
        {
            return new BenchBaselines(null, extras, null);
        }

        var data = console.Folders.HistoryPath is { } history ? Path.GetDirectoryName(history) : null;
        if (data is null)
        {
            throw new UsageException("no data folder for baselines: set HOME or XDG_DATA_HOME");
        }

        var store = new BaselineStore(Path.Combine(data, "baselines"));
        Baseline? compared = null;
        if (extras.Compare is { } name)
        {
            try
            {
                compared = store.Load(name) ?? throw new UsageException($"no baseline named '{name}' in {Path.Combine(data, "baselines")} (save one with --save {name})");
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"cannot read baseline '{name}': {ex.Message}");
            }
        }

        return new BenchBaselines(store, extras, compared);
    }

    /// <summary>The report with its comparison (warnings logged), saved under --save's name when given.</summary>
    public BenchReport Apply(BenchReport report, BaselineOrigin origin, ILogger log)
    {
        if (compared is not null)
        {
            report = report with { Comparison = BaselineComparison.Of(compared, report, origin, extras.Regression) };
            foreach (var warning in report.Comparison.Warnings)
            {
                log.Warning("{Warning:l}", warning);
            }
        }

        if (store is not null && extras.Save is { } name && !report.Interrupted)
        {
            try
            {
                store.Save(new Baseline(name, DateTimeOffset.UtcNow, origin, report with { Comparison = null }));
                log.Information("Saved this run as baseline '{Name:l}' in {Path:l}", name, store.PathOf(name));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new OutputFailedException($"baseline '{store.PathOf(name)}'", ex);
            }
        }

        return report;
    }
}
