using Scraper.Lookup;
using Scraper.Results;
using Serilog;

namespace Scraper.Cli.Commands;

/// <summary>The end of a lookup on stderr: words by status, pages, retries, request latency, pages per second, wall time.</summary>
internal static class SummaryLog
{
    /// <param name="stopReason">Why words were left undone: "interrupted", "the output failed"; null when the run was not stopped.</param>
    /// <param name="words">The run's words; with <paramref name="sites"/> over 1, the summary counts (word, site) results and says so.</param>
    public static void Write(ILogger log, LookupSummary summary, int total, TimeSpan elapsed, string? resumedFile, string? stopReason, int words = 0, int sites = 1)
    {
        var unfinished = total - summary.Total;
        var tail = unfinished > 0 ? $", {unfinished} not done ({stopReason ?? "not finished"})" : "";
        if (sites > 1)
        {
            log.Information(
                "{Done}/{Total} results ({Words} words × {Sites} sites) in {Time:l}: {Counts}{Tail}",
                summary.Total, total, words, sites, Time(elapsed), Counts(summary.Count), tail);
        }
        else
        {
            log.Information("{Done}/{Total} words in {Time:l}: {Counts}{Tail}", summary.Total, total, Time(elapsed), Counts(summary.Count), tail);
        }

        if (summary.Pages > 0 && summary.Bytes == 0)
        {
            // No answer came (a host not found, a refused connection): a rate of pages would count nothing fetched.
            log.Information("No page arrived: {Requests} {Noun:l} ended without an answer from the site (each word's error says why)", summary.Pages, summary.Pages == 1 ? "request" : "requests");
        }
        else if (summary.Pages > 0)
        {
            var latency = summary.PageLatency;
            log.Information(
                "{Pages} {PagesNoun:l}, {PagesPerSecond:0.0} pages/s, {Retries} retries, {Megabytes:0.0} MB; request latency p50 {P50:0.0} ms, p90 {P90:0.0} ms, p99 {P99:0.0} ms",
                summary.Pages, summary.Pages == 1 ? "page" : "pages", summary.Pages / Math.Max(elapsed.TotalSeconds, 0.001), summary.Retries, summary.Bytes / 1048576.0,
                latency.Percentile(50), latency.Percentile(90), latency.Percentile(99));
        }

        if (resumedFile is not null && summary.Skipped > 0)
        {
            log.Information("{Skipped} more {Unit:l} were already in {File}: {Counts}", summary.Skipped, sites > 1 ? "results" : "words", resumedFile, Counts(summary.SkippedCount));
        }
    }

    /// <summary>One line per host the run stopped sending to (its breaker opened), so the summary says which.</summary>
    public static void WriteCutOff(ILogger log, IReadOnlyList<string> hosts)
    {
        foreach (var host in hosts)
        {
            log.Information("Cut off this run: {Host:l}; its words not sent end blocked or failed, and --resume tries them again", host);
        }
    }

    // "0.0 s" says nothing of a run that took 20 ms: under a second, milliseconds.
    private static string Time(TimeSpan elapsed) => elapsed < TimeSpan.FromSeconds(1)
        ? $"{elapsed.TotalMilliseconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture)} ms"
        : $"{elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} s";

    private static string Counts(Func<LookupStatus, int> count)
    {
        var parts = Enum.GetValues<LookupStatus>().Where(s => count(s) > 0).Select(s => $"{count(s)} {StatusName.Of(s)}" + (s == LookupStatus.Blocked ? " (the site refused the tool)" : "")).ToList();
        return parts.Count > 0 ? string.Join(", ", parts) : "none done";
    }
}
