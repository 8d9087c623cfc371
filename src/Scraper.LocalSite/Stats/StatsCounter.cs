using System.Collections.Concurrent;

namespace Scraper.LocalSite.Stats;

/// <summary>Thread-safe counters behind <see cref="LocalSiteStats"/>.</summary>
internal sealed class StatsCounter(int trackedPaths)
{
    private readonly ConcurrentDictionary<string, long> _statuses = new(StringComparer.Ordinal);
    private readonly PathAttempts _attempts = new(trackedPaths);
    private readonly RequestWindow _window = new(TimeProvider.System);
    private long _requests;
    private long _robots;
    private int _inFlight;
    private int _maxInFlight;

    /// <summary>Records the start of a request and returns its attempt number at that path (1 for the first).</summary>
    public int Begin(string path)
    {
        Interlocked.Increment(ref _requests);
        _window.Arrive();
        var inFlight = Interlocked.Increment(ref _inFlight);
        var max = Volatile.Read(ref _maxInFlight);
        while (inFlight > max)
        {
            var seen = Interlocked.CompareExchange(ref _maxInFlight, inFlight, max);
            if (seen == max)
            {
                break;
            }

            max = seen;
        }

        return _attempts.Count(path);
    }

    public void CountRobots() => Interlocked.Increment(ref _robots);

    public void End() => Interlocked.Decrement(ref _inFlight);

    /// <summary>Counts one outcome: a status code ("200") or "reset" / "stall".</summary>
    public void Record(string outcome) => _statuses.AddOrUpdate(outcome, 1, static (_, n) => n + 1);

    public LocalSiteStats Snapshot()
    {
        var (byPath, max, forgotten) = _attempts.Snapshot();
        return new(
            Interlocked.Read(ref _requests),
            Volatile.Read(ref _maxInFlight),
            new SortedDictionary<string, long>(_statuses, StringComparer.Ordinal),
            byPath)
        {
            MaxRequestsPerSecond = _window.Max,
            MaxAttemptsAtOnePath = max,
            PathsForgotten = forgotten,
            RobotsRequests = Interlocked.Read(ref _robots),
        };
    }

    /// <summary>Forgets everything, attempts included, so a second run meets the same faults as the first.</summary>
    public void Reset()
    {
        _statuses.Clear();
        Interlocked.Exchange(ref _robots, 0);
        _attempts.Clear();
        Interlocked.Exchange(ref _requests, 0);
        _window.Reset();
        Interlocked.Exchange(ref _maxInFlight, Volatile.Read(ref _inFlight));
    }
}
