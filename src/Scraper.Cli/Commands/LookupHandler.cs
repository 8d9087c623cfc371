using System.Diagnostics;
using Scraper.Cli.Logging;
using Scraper.Cli.Rendering;
using Scraper.Fetching;
using Scraper.Lookup;
using Scraper.Output;
using Scraper.Results;
using Serilog;

namespace Scraper.Cli.Commands;

/// <summary>Runs `scraper lookup`: keywords in, results out as each word finishes, the exit code of PRODUCT.md.</summary>
internal sealed class LookupHandler(CliConsole console)
{
    public async Task<int> RunAsync(LookupRequest request)
    {
        var profile = CommonOptions.ResolveSite(request.Common);
        var keywords = KeywordInput.Read(request.Common.Words, request.Common.File, console);
        using var log = LoggerSetup.Create(console.Error, request.Common.Verbose, request.Common.Quiet);
        await using var sink = ResultSink.Open(request.Format, request.Output, console);
        var options = new FetchOptions
        {
            Concurrency = request.Concurrency,
            Retries = request.Retries,
            AttemptTimeout = TimeSpan.FromSeconds(request.TimeoutSeconds),
        };
        options = request.Fetching.ApplyTo(options, profile);
        using var client = HttpClientFactory.Create(options);
        using var fetcher = new PageFetcher(client, options, log);
        var lookup = new WordLookup(profile, request.Common.BaseUrl, fetcher, request.Homographs);
        using var interruption = new Interruption(TimeSpan.FromSeconds(2));

        log.Debug("Looking up {Count} word(s) on {Site} at {Origin:l}", keywords.Count, profile.Name, request.Common.BaseUrl ?? profile.Origin);
        var summary = new LookupSummary();
        var clock = Stopwatch.StartNew();
        await new LookupRunner(lookup, request.Concurrency).RunAsync(
            keywords,
            async (index, result) =>
            {
                summary.Add(result);
                WarnOnFirstBlocked(log, summary, result);
                await sink.WriteAsync(index, result);
            },
            interruption.StopFeeding,
            interruption.Abort);
        await sink.CompleteAsync();

        LogSummary(log, summary, keywords.Count, clock.Elapsed);
        return interruption.Interrupted ? ExitCodes.Interrupted : summary.ExitCode;
    }

    // One warning, not one per word: a site that refuses the tool usually refuses every word of a batch.
    private static void WarnOnFirstBlocked(ILogger log, LookupSummary summary, LookupResult result)
    {
        if (result.Status == LookupStatus.Blocked && summary.Count(LookupStatus.Blocked) == 1)
        {
            log.Warning("{Keyword:l}: blocked: {Reason:l}; the word may exist, the site did not let the tool see it", result.Keyword, ResultTableRenderer.BlockedReason(result));
        }
    }

    private static void LogSummary(ILogger log, LookupSummary summary, int total, TimeSpan elapsed)
    {
        var parts = Enum.GetValues<LookupStatus>()
            .Where(s => summary.Count(s) > 0)
            .Select(s => $"{summary.Count(s)} {StatusText.Of(s)}" + (s == LookupStatus.Blocked ? " (the site refused the tool)" : ""));
        var unfinished = total - summary.Total;
        var tail = unfinished > 0 ? $", {unfinished} not done (interrupted)" : "";
        log.Information("{Done}/{Total} words in {Seconds:0.0} s: {Counts}{Tail}", summary.Total, total, elapsed.TotalSeconds, string.Join(", ", parts), tail);
    }
}
