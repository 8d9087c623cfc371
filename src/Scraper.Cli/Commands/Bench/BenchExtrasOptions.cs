using System.CommandLine;
using Scraper.Cli.Usage;

namespace Scraper.Cli.Commands;

/// <summary>The options of `bench` that look past one run: --arrival-rate, --save, --compare, --regression, --report.</summary>
internal sealed class BenchExtrasOptions
{
    private readonly Option<double> arrivalRate = NumberOption.Double("--arrival-rate", "R", "Open model: start async words on a fixed schedule of R a second, whatever the answers; latency counts from when each was due", 0.001, 1_000_000);
    private readonly Option<string?> save = new("--save") { HelpName = "NAME", Description = "Keep this run as a baseline under the data folder (scraper/baselines/NAME.json)" };
    private readonly Option<string?> compare = new("--compare") { HelpName = "NAME", Description = "Compare this run with a saved baseline: faster, slower or the same within noise (exit 5: a regression)" };
    private readonly Option<double> regression = NumberOption.Double("--regression", "PCT", "With --compare: slower than the baseline by more than this percentage is a regression, exit 5 (default 10)", 0, 1000);
    private readonly Option<string?> report = new("--report") { HelpName = "PATH.html", Description = "Write one self-contained HTML page: timeline, histogram, phases, sweep and bounds" };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(arrivalRate);
        command.Options.Add(save);
        command.Options.Add(compare);
        command.Options.Add(regression);
        command.Options.Add(report);
        save.Validators.Add(r => BaselineName.Check(r, "--save"));
        compare.Validators.Add(r => BaselineName.Check(r, "--compare"));
    }

    public BenchExtras Read(ParseResult parse) => new()
    {
        ArrivalRate = parse.GetResult(arrivalRate) is null ? null : parse.GetValue(arrivalRate),
        Save = parse.GetValue(save),
        Compare = parse.GetValue(compare),
        Regression = parse.GetResult(regression) is null ? 0.10 : parse.GetValue(regression) / 100,
        Report = parse.GetValue(report),
    };
}
