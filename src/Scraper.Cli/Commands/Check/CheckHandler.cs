using Scraper.Cli.Logging;
using Scraper.Fetching;
using Scraper.Lookup;
using Scraper.Results;

namespace Scraper.Cli.Commands;

/// <summary>
/// Runs `scraper check`: a line per check word and a verdict on stdout, site by site (one site after another, so -c
/// stays the most requests in flight); exit 0 when every site's words all parse, else 3.
/// </summary>
internal sealed class CheckHandler(CliConsole console)
{
    public async Task<int> RunAsync(CheckRequest request)
    {
        await using var local = await LocalSiteLease.StartAsync(request.Common);
        request = request with { Common = local.Values };
        var sites = SiteChoice.Resolve(request.Common);
        using var log = LoggerSetup.Create(console.Error, request.Common.Verbose, request.Common.Quiet, console.ErrorIsTerminal);
        var fetch = request.Common.WithRobots(new FetchOptions { Concurrency = request.Concurrency, AttemptTimeout = TimeSpan.FromSeconds(request.TimeoutSeconds) }, log);
        using var session = new LookupSession(new SessionOptions { Fetch = fetch }, log);
        using var interruption = console.NewInterruption(TimeSpan.FromSeconds(2));
        using var announcement = interruption.Announce(log);

        var passed = true;
        foreach (var site in sites)
        {
            if (interruption.Interrupted)
            {
                break;
            }

            var profile = site.Profile;
            var lookup = session.Site(site);
            log.Information("Checking {Count} word(s) on {Site:l} at {Origin:l}", profile.CheckWords.Count, profile.Name, site.BaseUrl ?? profile.Origin);
            var closedSite = new ClosedSiteWarning(profile, site.BaseUrl, log);
            var report = await new SiteCheck(session, lookup).RunAsync(interruption.StopFeeding, interruption.Abort, closedSite.Observe);
            if (sites.Count > 1)
            {
                await console.Out.WriteLineAsync($"{profile.Name}:");
            }

            foreach (var word in report.Words)
            {
                await console.Out.WriteLineAsync((sites.Count > 1 ? "  " : "") + CleanText.Of(word.ToString()));
            }

            await console.Out.WriteLineAsync(CleanText.Of(report.Verdict));
            passed &= report.Passed;
        }

        if (sites.Count > 1 && !interruption.Interrupted)
        {
            await console.Out.WriteLineAsync(passed ? $"All {sites.Count} sites parse" : $"Not every site parses: see the FAILED line(s) above");
        }

        await console.Out.FlushAsync();
        return interruption.Interrupted ? ExitCodes.Interrupted : passed ? ExitCodes.Success : ExitCodes.Failed;
    }
}
