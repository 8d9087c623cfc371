using System.Text.Json;
using Scraper.Benchmark;
using Scraper.Cli.Logging;
using Scraper.Cli.Rendering;
using Scraper.Fetching;
using Scraper.LocalSite;
using Scraper.Lookup;
using Scraper.Output;
using Scraper.Results;
using Serilog;
using Spectre.Console;

namespace Scraper.Cli.Commands;

/// <summary>Runs `scraper bench`: a warm-up, then the counted passes of each mode, then the report.</summary>
internal sealed class BenchHandler(CliConsole console)
{
    /// <summary>The 13 words of the original sketch (keywords.txt), used when no words are given.</summary>
    public static readonly IReadOnlyList<string> SeedWords =
        ["hi", "apple", "banana", "call", "feel", "hello", "bye", "like", "love", "environmental", "buzz", "ambition", "determine"];

    public async Task<int> RunAsync(BenchRequest request)
    {
        var profile = CommonOptions.ResolveSite(request.Common);
        var keywords = request.Common.File is null && request.Common.Words is not { Length: > 0 } ? SeedWords : KeywordInput.Read(request.Common.Words, request.Common.File, console);
        using var log = LoggerSetup.Create(console.Error, request.Common.Verbose, request.Common.Quiet);
        using var output = OpenOutput(request.Output);

        await using var site = request.Common.BaseUrl is null
            ? await LocalSite.LocalSite.StartAsync(new LocalSiteOptions { LatencyMs = request.LatencyMs })
            : null;
        var baseUrl = request.Common.BaseUrl ?? site!.BaseUrl;
        var plan = BenchPlan.For(request);
        if (site is null)
        {
            log.Warning("Benchmarking {BaseUrl:l}: about {Requests} requests ({Words} words × {Passes} passes, more for homographs)", baseUrl, keywords.Count * plan.Count, keywords.Count, plan.Count);
        }
        else
        {
            log.Information("Embedded site on {BaseUrl:l} with {Latency} ms latency", baseUrl, request.LatencyMs);
        }

        var options = new FetchOptions { Concurrency = request.Concurrency.Max() };
        using var client = HttpClientFactory.Create(options);
        using var fetcher = new PageFetcher(client, options, log);
        var runner = new BenchRunner(new WordLookup(profile, baseUrl, fetcher, request.Homographs));

        var passes = new List<PassOutcome>();
        foreach (var step in plan)
        {
            var progress = new PassProgress(log, step.Label, keywords.Count);
            var outcome = await runner.RunPassAsync(step.Mode, step.Concurrency, keywords, progress, CancellationToken.None);
            progress.Finish(outcome.Sample.WallMs);
            if (step.Counted)
            {
                passes.Add(outcome);
            }
        }

        var results = passes[^1].Results;
        var identical = IdenticalEntries.Check(passes.Select(p => p.Results));
        var report = BenchReportBuilder.Build(
            new BenchSettings(keywords.Count, profile.Name, baseUrl.AbsoluteUri.TrimEnd('/'), site is null ? null : request.LatencyMs),
            [.. passes.Select(p => p.Sample)],
            identical);
        Write(request.Format, report, results, output ?? console.Out, output is null && console.OutputIsTerminal);
        if (!identical)
        {
            log.Error("The modes extracted different entries: see the results of each mode with 'scraper lookup'");
        }

        var failed = results.Any(r => r.Status is LookupStatus.Failed or LookupStatus.Blocked or LookupStatus.Empty);
        return identical && !failed ? ExitCodes.Success : ExitCodes.Failed;
    }

    private static void Write(BenchReportFormat format, BenchReport report, IReadOnlyList<LookupResult> results, TextWriter writer, bool terminal)
    {
        switch (format)
        {
            case BenchReportFormat.Json:
                writer.WriteLine(BenchReportJson.Serialize(report));
                break;
            case BenchReportFormat.Markdown:
                writer.Write(BenchReportMarkdown.Render(report, results));
                break;
            default:
                BenchTableRenderer.Render(Terminal.Create(writer, terminal), report, results);
                break;
        }

        writer.Flush();
    }

    private static StreamWriter? OpenOutput(string? path)
    {
        try
        {
            // Through OutputStream, so that a full disk is exit 4 naming the file, as for lookup.
            return path is null ? null : new StreamWriter(new OutputStream(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 0), $"'{path}'"), new System.Text.UTF8Encoding(false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write output file '{path}': {ex.Message}");
        }
    }
}
