using System.CommandLine;
using Scraper.Benchmark;
using Scraper.Cli.Usage;
using Scraper.Lookup;

namespace Scraper.Cli.Commands;

/// <summary>`scraper bench`: the sync-versus-async report.</summary>
internal static class BenchCommand
{
    public static Command Create(CliConsole console)
    {
        var common = new CommonOptions();
        var latency = NumberOption.Int("--latency", null, "MS", "Milliseconds the embedded site adds to every response (without --base-url)", 300, 0, 60_000);
        var concurrency = NumberOption.IntList("--concurrency", "-c", "N[,N...]", "Async concurrency; a comma-separated list runs a sweep (e.g. 1,2,4,8,16,32)", [8], 1, 1000);
        var modes = ChoiceOption.CreateList("--modes", "Modes to time", [BenchMode.Sync, BenchMode.Async]);
        var repeat = NumberOption.Int("--repeat", null, "N", "Counted passes of each mode, after one uncounted async warm-up", 1, 1, 100);
        var homographs = ChoiceOption.Create(
            "--homographs",
            "Follow links to other homographs (all) or not (first, the default here: one page per word, so the ideal time is exact)",
            HomographMode.First);
        var format = ChoiceOption.Create("--format", "Report format", BenchReportFormat.Table);
        var output = new Option<string?>("--output", "-o") { HelpName = "PATH", Description = "Write the report to this file instead of stdout" };

        var command = new Command("bench", "Time the same lookups one page at a time (sync) and concurrently (async)")
        {
            common.Words, common.File, common.BaseUrl, latency, concurrency, modes, repeat, homographs, format, output, common.Verbose, common.Quiet,
        };
        common.AddSiteChoice(command);
        command.SetAction((parse, _) => new BenchHandler(console).RunAsync(new BenchRequest
        {
            Common = common.Read(parse),
            LatencyMs = parse.GetValue(latency),
            Concurrency = parse.GetValue(concurrency)!,
            Modes = parse.GetValue(modes)!,
            Repeat = parse.GetValue(repeat),
            Homographs = parse.GetValue(homographs),
            Format = parse.GetValue(format),
            Output = parse.GetValue(output),
        }));
        return command;
    }
}
