namespace Scraper.LocalSite.Stats;

/// <summary>
/// The most requests that arrived within any one second (a sliding window, not calendar seconds): how a client's
/// rate limit is checked from the server's side. Holds only the last second's arrivals.
/// </summary>
internal sealed class RequestWindow(TimeProvider time)
{
    private static readonly TimeSpan Width = TimeSpan.FromSeconds(1);

    private readonly Queue<long> _arrivals = new();
    private readonly Lock _gate = new();
    private int _max;

    public int Max
    {
        get
        {
            lock (_gate)
            {
                return _max;
            }
        }
    }

    public void Arrive()
    {
        var now = time.GetTimestamp();
        lock (_gate)
        {
            _arrivals.Enqueue(now);
            while (time.GetElapsedTime(_arrivals.Peek(), now) >= Width)
            {
                _arrivals.Dequeue();
            }

            _max = Math.Max(_max, _arrivals.Count);
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _arrivals.Clear();
            _max = 0;
        }
    }
}
