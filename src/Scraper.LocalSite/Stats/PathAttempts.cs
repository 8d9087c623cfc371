namespace Scraper.LocalSite.Stats;

/// <summary>
/// Attempts per path for the most recent <c>capacity</c> distinct paths, so that a 100,000-word run does not keep a
/// counter per path forever: the oldest path is forgotten first (a path asked again after that starts again at 1,
/// long after its retries, which come within seconds). The most attempts at any one path is kept on its own, over
/// every path since the start or the last reset.
/// </summary>
internal sealed class PathAttempts(int capacity)
{
    private readonly int _capacity = capacity >= 1 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "At least one path is tracked.");
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly Lock _gate = new();
    private int _max;
    private long _forgotten;

    /// <summary>Counts one request to the path and returns its attempt number there (1 for the first).</summary>
    public int Count(string path)
    {
        lock (_gate)
        {
            if (!_counts.TryGetValue(path, out var attempts))
            {
                if (_counts.Count >= _capacity)
                {
                    _counts.Remove(_order.Dequeue());
                    _forgotten++;
                }

                _order.Enqueue(path);
            }

            _counts[path] = ++attempts;
            _max = Math.Max(_max, attempts);
            return attempts;
        }
    }

    public (SortedDictionary<string, int> ByPath, int Max, long Forgotten) Snapshot()
    {
        lock (_gate)
        {
            return (new SortedDictionary<string, int>(_counts, StringComparer.Ordinal), _max, _forgotten);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _counts.Clear();
            _order.Clear();
            _max = 0;
            _forgotten = 0;
        }
    }
}
