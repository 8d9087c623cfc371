using Scraper.Cli.Logging;
using Scraper.Fetching;
using Scraper.Lookup;
using Scraper.Results;

namespace Scraper.Cli.Commands;

/// <summary>Runs `scraper check`: a line per check word and a verdict on stdout; exit 0 when all parse, else 3.</summary>
internal sealed class CheckHandler(CliConsole console)
{
    public async Task<int> RunAsync(CheckRequest request)
    {
        var profile = CommonOptions.ResolveSite(request.Common);
        using var log = LoggerSetup.Create(console.Error, request.Common.Verbose, request.Common.Quiet);
        var options = new FetchOptions
        {
            Concurrency = request.Concurrency,
            AttemptTimeout = TimeSpan.FromSeconds(request.TimeoutSeconds),
        };
        options = request.Common.WithRobots(options, log);
        using var client = HttpClientFactory.Create(options);
        using var fetcher = new PageFetcher(client, options, log);
        var lookup = new WordLookup(profile, request.Common.BaseUrl, fetcher, HomographMode.All);
        using var interruption = console.NewInterruption(TimeSpan.FromSeconds(2));
        using var announcement = interruption.Announce(log);

        log.Information("Checking {Count} word(s) on {Site:l} at {Origin:l}", profile.CheckWords.Count, profile.Name, request.Common.BaseUrl ?? profile.Origin);
        var closedSite = new ClosedSiteWarning(profile, request.Common.BaseUrl, log);
        var report = await new SiteCheck(lookup, request.Concurrency).RunAsync(interruption.StopFeeding, interruption.Abort, closedSite.Observe);
        foreach (var word in report.Words)
        {
            await console.Out.WriteLineAsync(CleanText.Of(word.ToString()));
        }

        await console.Out.WriteLineAsync(CleanText.Of(report.Verdict));
        await console.Out.FlushAsync();
        return interruption.Interrupted ? ExitCodes.Interrupted : report.Passed ? ExitCodes.Success : ExitCodes.Failed;
    }
}
