using Scraper.Cli.Logging;
using Scraper.Cli.Progress;
using Scraper.Fetching;
using Scraper.Lookup;
using Scraper.Cli.Rendering;
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
        ResumeSetup.Check(request);
        using var stderr = new LogLineWriter(console.Error);
        using var log = LoggerSetup.Create(stderr, request.Common.Verbose, request.Common.Quiet);
        var summary = new LookupSummary();
        var todo = await ResumeSetup.PrepareAsync(request, keywords, summary, log);
        await using var sink = ResultSink.Open(request.Format, request.Output, console, append: request.Resume);
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
        using var interruption = console.NewInterruption(TimeSpan.FromSeconds(2));
        var closedSite = new ClosedSiteWarning(profile, request.Common.BaseUrl, log);

        log.Debug("Looking up {Count} word(s) on {Site} at {Origin:l}", keywords.Count, profile.Name, request.Common.BaseUrl ?? profile.Origin);
        var started = console.Time.GetTimestamp();
        var run = new LookupRunner(lookup, request.Concurrency).RunAsync(
            todo,
            async (index, result) =>
            {
                summary.Add(result);
                WarnOnFirstBlocked(log, summary, result);
                closedSite.Observe(result);
                await sink.WriteAsync(index, result);
            },
            interruption.StopFeeding,
            interruption.Abort);
        await ProgressDisplay.WatchAsync(run, () => new RunPace(summary.Total, todo.Count, summary.Failures, console.Time.GetElapsedTime(started)), console, stderr, log, request.Common);
        await sink.CompleteAsync();

        var elapsed = console.Time.GetElapsedTime(started);
        var unfinished = todo.Count - summary.Total;
        if (SummaryRule.Shows(console.ErrorIsTerminal, request, keywords.Count, elapsed, unfinished > 0))
        {
            SummaryLog.Write(log, summary, todo.Count, elapsed, request.Resume ? request.Output : null);
        }

        if (interruption.Interrupted && unfinished > 0)
        {
            log.Warning("{Unfinished} of {Total} words not done. {Finish:l}", unfinished, keywords.Count, ResumeHint.For(request));
        }

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
}
