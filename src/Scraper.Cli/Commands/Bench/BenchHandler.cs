using Scraper.Benchmark;
using Scraper.Cli.Logging;
using Scraper.Cli.Rendering;
using Scraper.Fetching;
using Scraper.LocalSite;
using Scraper.Lookup;
using Scraper.Results;
using Serilog;

namespace Scraper.Cli.Commands;

/// <summary>Runs `scraper bench`: a small warm-up, then the counted passes of each mode, then the report.</summary>
internal sealed class BenchHandler(CliConsole console)
{
    /// <summary>The 13 words of the original sketch (keywords.txt), used when no words are given.</summary>
    public static readonly IReadOnlyList<string> SeedWords =
        ["hi", "apple", "banana", "call", "feel", "hello", "bye", "like", "love", "environmental", "buzz", "ambition", "determine"];

    public async Task<int> RunAsync(BenchRequest request)
    {
        var target = SiteChoice.One(LocalSiteLease.Embedded(request.Common), "bench");
        var profile = target.Profile;
        var keywords = request.Common.File is null && request.Common.Words is not { Length: > 0 } ? SeedWords : KeywordInput.Read(request.Common.Words, request.Common.File, console);
        if (request.Count is { } count)
        {
            // -n: N words a pass, cycling the list (a word may come several times; each time is a request).
            keywords = [.. Enumerable.Range(0, count).Select(i => keywords[i % keywords.Count])];
        }

        using var log = LoggerSetup.Create(console.Error, request.Common.Verbose, request.Common.Quiet, console.ErrorIsTerminal);
        var baselines = BenchBaselines.Open(request.Extras, console);
        using var output = BenchOutput.Open(request.Output);
        using var raw = BenchOutput.Open(request.Raw);
        using var timeline = BenchOutput.Open(request.Timeline);
        using var page = BenchOutput.Open(request.Extras.Report);

        await using var site = target.BaseUrl is null
            ? await LocalSite.LocalSite.StartAsync(new LocalSiteOptions { LatencyMs = request.LatencyMs })
            : null;
        var baseUrl = target.BaseUrl ?? site!.BaseUrl;
        var plan = BenchPlan.For(request);
        if (site is null)
        {
            log.Warning("Benchmarking {BaseUrl:l}: about {Requests} requests ({Words} words × {Passes} passes, more for homographs)", baseUrl, keywords.Count * plan.Count(s => s.Counted), keywords.Count, plan.Count(s => s.Counted));
        }
        else
        {
            log.Information("Embedded site on {BaseUrl:l} with {Latency} ms latency", baseUrl, request.LatencyMs);
        }

        var fetch = request.Common.WithRobots(new FetchOptions { Concurrency = request.Concurrency.Max() }, log);
        var hosts = new HostRules { RequestsPerSecond = request.Rate, SiteRatesOnLoopback = false };
        using var session = new LookupSession(new SessionOptions { Fetch = fetch, Hosts = hosts, Homographs = request.Homographs }, log);
        var lookup = session.Site(new SiteTarget(profile, baseUrl));
        var runner = new BenchRunner(session, lookup) { Arrivals = request.Extras.ArrivalRate is { } perSecond ? new ArrivalSchedule(perSecond) : null };
        using var interruption = console.NewInterruption(TimeSpan.FromSeconds(2));

        var terminal = console.ErrorIsTerminal && !request.Common.Quiet ? console.Error : null;
        var passes = await BenchPasses.RunAsync(runner, plan, keywords, log, terminal, request.Duration, interruption.StopFeeding);
        if (passes.Count == 0)
        {
            log.Error("Interrupted before any counted pass finished: nothing to report");
            return ExitCodes.Interrupted;
        }

        var results = passes[^1].Results;
        var identical = IdenticalEntries.Check(passes.Select(p => p.Results));
        var report = BenchReportBuilder.Build(
            new BenchSettings(keywords.Count, profile.Name, baseUrl.AbsoluteUri.TrimEnd('/'), site is null ? null : request.LatencyMs, session.RateOf(baseUrl))
            {
                Count = request.Count,
                DurationMs = request.Duration?.TotalMilliseconds,
                ArrivalRate = request.Extras.ArrivalRate,
            },
            [.. passes.Select(p => p.Sample)],
            identical);
        if (interruption.Interrupted)
        {
            var planned = plan.Count(s => s.Counted);
            report = report with { Interrupted = true, Notes = [$"Interrupted: {passes.Count} of {planned} counted passes finished; the report covers those only.", .. report.Notes] };
        }

        report = baselines.Apply(report, BaselineStore.OriginOf(keywords, site is null ? $"{profile.Name} at {baseUrl}" : $"{profile.Name} on the embedded site, {request.LatencyMs} ms latency"), log);
        var drawn = Timeline.From(report, [.. passes.Select(p => p.Sample)]);
        BenchOutput.Write(request, report, results, drawn, output ?? console.Out, output is null && console.OutputIsTerminal);
        if (timeline is not null)
        {
            TimelineSvg.Build(report, drawn).Save(timeline);
            log.Information("Wrote the timeline to {Path:l}", request.Timeline);
        }

        if (page is not null)
        {
            page.Write(BenchHtmlReport.Render(report, drawn));
            log.Information("Wrote the HTML report to {Path:l}", request.Extras.Report);
        }

        if (raw is not null)
        {
            BenchRawCsv.Write(raw, passes.Select(p => p.Sample));
            log.Information("Wrote {Rows} request rows to {Path:l}", passes.Sum(p => p.Sample.Pages.Sum(w => w.Timings.Count)), request.Raw);
        }

        return ExitCode(report, results, interruption.Interrupted, log);
    }

    private static int ExitCode(BenchReport report, IReadOnlyList<LookupResult> results, bool interrupted, ILogger log)
    {
        if (!report.IdenticalEntries)
        {
            log.Error("The modes extracted different entries: see the results of each mode with 'scraper lookup'");
        }

        if (report.Unsound)
        {
            log.Error("The timings do not measure lookups: see the note at the top of the report");
        }

        if (report.Comparison is { Regression: true } comparison)
        {
            log.Error("Slower than baseline '{Name:l}' by more than {Threshold:0.#%}: exit 5", comparison.Baseline, comparison.Threshold);
        }

        var failed = results.Any(r => r.Status is LookupStatus.Failed or LookupStatus.Blocked or LookupStatus.Empty);
        return interrupted ? ExitCodes.Interrupted
            : !report.IdenticalEntries || failed || report.Unsound ? ExitCodes.Failed
            : report.Comparison?.Regression == true ? ExitCodes.Regression
            : ExitCodes.Success;
    }
}
