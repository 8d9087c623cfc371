using System.CommandLine;
using Scraper.Benchmark;
using Scraper.Cli.Usage;
using Scraper.Lookup;
using Scraper.Sites;

namespace Scraper.Cli.Commands;

/// <summary>`scraper bench`: the sync-versus-async report.</summary>
internal static class BenchCommand
{
    // A million words is a quarter of an hour a pass even at a thousand pages a second; more is a typo.
    private const int MostWordsPerPass = 1_000_000;

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

        // Added by the bench lab (issue 12).
        var rate = new FetchingOptions().Rate;
        rate.Description = "Most requests per second to the host (default: the site profile's off loopback, none on loopback; 0: no limit)";
        var raw = new Option<string?>("--raw") { HelpName = "PATH.csv", Description = "Write one CSV row per request of the counted passes: its start and each phase" };
        var timeline = new Option<string?>("--timeline") { HelpName = "PATH.svg", Description = "Draw every request of the sync and async passes on one time axis, as an SVG file" };
        var count = NumberOption.OptionalInt("-n", "N", "Words each pass looks up, cycling the list (not with --duration)", 1, MostWordsPerPass);
        var duration = new Option<TimeSpan?>("--duration")
        {
            HelpName = "TIME",
            Description = "Run each counted pass for this long, cycling the list: 30s, 2m, 500ms (not with -n)",
            CustomParser = r => ParseDuration(r),
        };
        var definitions = new Option<bool>("--definitions") { Description = $"Print the definitions table even for more than {BenchOutput.ShortList} words" };

        var command = new Command("bench", "Time the same lookups one page at a time (sync) and concurrently (async)")
        {
            common.Words, common.File, common.BaseUrl, latency, concurrency, modes, repeat, homographs, format, output, rate, raw, timeline, count, duration, definitions, common.IgnoreRobots, common.Verbose, common.Quiet,
        };
        common.AddSiteChoice(command);
        var extras = new BenchExtrasOptions();
        extras.AddTo(command);

        // bench times one site: its help offers one name and one URL.
        common.Site.HelpName = "NAME";
        common.Site.Description = "Site profile (see 'scraper sites')";
        common.Site.CompletionSources.Clear();
        common.Site.CompletionSources.Add([.. SiteCatalog.All.Select(p => p.Name)]);
        common.BaseUrl.HelpName = "URL";
        common.BaseUrl.Description = "Send requests to this origin instead of the profile's (a mirror, an archive proxy, the local site)";
        command.Validators.Add(r =>
        {
            if (r.GetResult(count) is not null && r.GetResult(duration) is not null)
            {
                r.AddError("-n and --duration cannot be used together: give one of them");
            }
        });
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
            Rate = parse.GetValue(rate),
            Definitions = parse.GetValue(definitions),
            Raw = parse.GetValue(raw),
            Timeline = parse.GetValue(timeline),
            Count = parse.GetValue(count),
            Duration = parse.GetValue(duration),
            Extras = extras.Read(parse),
        }));
        return command;
    }

    // "30s", "2m", "500ms", "1.5s"; a bare number is seconds. At most a day.
    private static TimeSpan? ParseDuration(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens[0].Value.Trim();
        var (number, scale) = text.EndsWith("ms", StringComparison.OrdinalIgnoreCase) ? (text[..^2], 0.001)
            : text.EndsWith('s') || text.EndsWith('S') ? (text[..^1], 1.0)
            : text.EndsWith('m') || text.EndsWith('M') ? (text[..^1], 60.0)
            : text.EndsWith('h') || text.EndsWith('H') ? (text[..^1], 3600.0)
            : (text, 1.0);
        if (double.TryParse(number, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
            && value * scale is > 0 and <= 86_400 and var seconds)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        result.AddError($"--duration must be a time such as 30s, 2m or 500ms (up to a day), not '{text}'");
        return null;
    }
}
