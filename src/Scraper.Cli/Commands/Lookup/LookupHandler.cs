using Scraper.Cli.Audio;
using Scraper.Cli.Logging;
using Scraper.Cli.Remembered;
using Scraper.Cli.Progress;
using Scraper.Fetching;
using Scraper.History;
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
        await using var local = await LocalSiteLease.StartAsync(request.Common);
        request = request with { Common = local.Values };
        var sites = SiteChoice.Resolve(request.Common);
        var names = sites.Select(s => s.Profile.Name).ToList();
        var keywords = KeywordInput.Read(request.Common.Words, request.Common.File, console);
        ResumeSetup.Check(request);
        var audio = LookupAudio.For(request.Play, request.SaveAudio, severalSites: sites.Count > 1);
        using var writing = LockOutput(request.Output);
        using var stderr = new LogLineWriter(console.Error);
        using var log = LoggerSetup.Create(stderr, request.Common.Verbose, request.Common.Quiet, console.ErrorIsTerminal);
        var summary = new LookupSummary();
        var todo = await ResumeSetup.PrepareAsync(request, keywords, names, summary, log);
        await using var sink = ResultSink.Open(request.Format, request.Output, console, append: request.Resume, site: names[0], severalSites: sites.Count > 1);
        var withoutNote = new WordsWithoutNote(request.Format);
        var defaultCache = RememberedLookup.CacheDirectory(request, keywords.Count, console.Folders);
        var fetch = new FetchOptions
        {
            Concurrency = request.Concurrency,
            Retries = request.Retries,
            AttemptTimeout = TimeSpan.FromSeconds(request.TimeoutSeconds),
        };
        fetch = RememberedLookup.WithCache(request.Common.WithRobots(request.Fetching.ApplyTo(fetch), log), defaultCache);
        var history = new LookupHistory(
            RememberedLookup.IsSingle(request, keywords.Count) && console.Folders.HistoryPath is { } historyPath ? new HistoryFile(historyPath) : null,
            names[0],
            console.Time);
        using var session = new LookupSession(new SessionOptions { Fetch = fetch, Hosts = request.Fetching.Hosts(), Homographs = request.Homographs }, log);
        var lookups = sites.Select(session.Site).ToList();
        using var interruption = console.NewInterruption(TimeSpan.FromSeconds(2));
        using var announcement = interruption.Announce(log);
        var closedSites = sites.Select(s => new ClosedSiteWarning(s.Profile, s.BaseUrl, log)).ToList();

        foreach (var site in sites)
        {
            log.Debug("Looking up {Count} word(s) on {Site} at {Origin:l}", keywords.Count, site.Profile.Name, site.BaseUrl ?? site.Profile.Origin);
        }

        var started = console.Time.GetTimestamp();
        var run = session.RunAsync(
            lookups,
            keywords,
            todo.IsDone,
            async (index, result) =>
            {
                // Written first: a word that could not be written is not counted as done.
                await sink.WriteAsync(index, result);
                summary.Add(result);
                withoutNote.Observe(result);
                history.Add(result);
                WarnOnFirstBlocked(log, summary, result);
                closedSites[RunOrder.SiteOf(index, sites.Count)].Observe(result);
                audio?.Observe(index, result);
            },
            interruption.StopFeeding,
            interruption.Abort);
        try
        {
            await ProgressDisplay.WatchAsync(run, () => new RunPace(summary.Total, todo.Count, summary.Failures, console.Time.GetElapsedTime(started), StoppedRun.Unit(sites.Count)), console, stderr, log, request.Common);
            await sink.CompleteAsync();
        }
        catch (OutputFailedException ex) when (ex.PipeClosed)
        {
            // The reader has gone (`| head`): stop at once and quietly, as Unix tools do.
            log.Debug(ex, "Standard output was closed by its reader");
            return ExitCodes.PipeClosed;
        }
        catch (OutputFailedException ex)
        {
            await console.Error.WriteLineAsync($"scraper: {ex.Message}; {StoppedRun.Say(request, summary.Total, todo.Count, StoppedRun.Unit(sites.Count))}");
            SummaryLog.Write(log, summary, todo.Count, console.Time.GetElapsedTime(started), request.Resume ? request.Output : null, "the output failed", keywords.Count, sites.Count);
            return ExitCodes.WriteFailed;
        }

        history.Save(log);
        RememberedLookup.KeepBounded(defaultCache, log);
        var elapsed = console.Time.GetElapsedTime(started);
        var unfinished = todo.Count - summary.Total;
        if (SummaryRule.Shows(console.ErrorIsTerminal, request, keywords.Count, elapsed, unfinished > 0))
        {
            SummaryLog.Write(log, summary, todo.Count, elapsed, request.Resume ? request.Output : null, interruption.Interrupted ? "interrupted" : null, keywords.Count, sites.Count);
            SummaryLog.WriteCutOff(log, session.CutOffHosts);
        }

        withoutNote.Report(log);
        var audioExit = audio is null || interruption.Interrupted ? null : await audio.RunAsync(session.Fetcher, console, log, interruption.StopFeeding);
        if (interruption.Interrupted && unfinished > 0)
        {
            log.Warning("{Unfinished} of {Total} {Unit:l} not done. {Finish:l}", unfinished, keywords.Count * sites.Count, StoppedRun.Unit(sites.Count), ResumeHint.For(request));
        }

        // A recording not fetched or played (3) outweighs words not found (1); one not written (4), any word's outcome.
        return interruption.Interrupted ? ExitCodes.Interrupted : Math.Max(summary.ExitCode, audioExit ?? ExitCodes.Success);
    }

    // Taken before the file is read for --resume or replaced: a second run on it stops here, having touched nothing.
    private static ResultFileLock? LockOutput(string? path)
    {
        try
        {
            return path is null ? null : ResultFileLock.Acquire(path);
        }
        catch (ResultFileBusyException ex)
        {
            throw new UsageException(ex.Message);
        }
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
