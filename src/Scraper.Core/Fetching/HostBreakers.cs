using Serilog;

namespace Scraper.Fetching;

/// <summary>
/// A circuit breaker per host: after <c>threshold</c> pages in a row that the host refused or failed, nothing more is
/// sent to it for the rest of the run, so a batch against a site that starts refusing stops asking. A page the host
/// answered ends the streak. Our own counter rather than Polly's circuit breaker: Polly's opens on a failure ratio over
/// a sampling window (a host that answered 5,000 pages before refusing keeps a low ratio for the whole window) and
/// half-opens after a break, while a run wants "N in a row" and no second chance until the next run (--resume).
/// </summary>
internal sealed class HostBreakers(int threshold, ILogger log)
{
    private readonly Dictionary<string, Streak> hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> cutOff = [];
    private readonly Lock gate = new();

    /// <summary>The hosts cut off so far, each with why ("127.0.0.1:5000 refused 20 pages in a row").</summary>
    public IReadOnlyList<string> CutOff
    {
        get
        {
            lock (gate)
            {
                return [.. cutOff];
            }
        }
    }

    /// <summary>Throws <see cref="HostCutOffException"/> when <paramref name="url"/>'s host is cut off: the request must not go.</summary>
    public void ThrowIfOpen(Uri url)
    {
        lock (gate)
        {
            if (hosts.TryGetValue(url.Authority, out var streak) && streak.Open)
            {
                throw new HostCutOffException($"not sent: {Describe(url.Authority, streak)}; stopped", streak.Refusals == streak.Length);
            }
        }
    }

    public void Record(Uri url, PageVerdict verdict)
    {
        if (threshold <= 0)
        {
            return;
        }

        var host = url.Authority;
        Streak opened;
        lock (gate)
        {
            var streak = hosts.GetValueOrDefault(host);
            if (streak.Open)
            {
                return; // Pages already in flight when it opened change nothing: no half-open within a run.
            }

            streak = verdict == PageVerdict.Answered
                ? default
                : new Streak(streak.Length + 1, streak.Refusals + (verdict == PageVerdict.Refused ? 1 : 0), streak.Length + 1 >= threshold);
            hosts[host] = streak;
            if (!streak.Open)
            {
                return;
            }

            opened = streak;
            cutOff.Add(Describe(host, streak));
        }

        log.Warning(
            "{Reason:l}: sending it nothing more this run; its other words end {Status:l} (--resume tries them again)",
            Describe(host, opened), opened.Refusals == opened.Length ? "blocked" : "failed");
    }

    private static string Describe(string host, Streak streak)
    {
        var what = streak.Refusals == streak.Length ? "refused" : streak.Refusals == 0 ? "failed" : "refused or failed";
        return $"{host} {what} {streak.Length} pages in a row";
    }

    private readonly record struct Streak(int Length, int Refusals, bool Open);
}
