namespace Scraper.Tests.Support;

/// <summary>Requests in flight counted over several servers together, and the most at once.</summary>
internal sealed class InFlightGauge
{
    private int now;
    private int most;

    public int Most => Volatile.Read(ref most);

    public void Enter()
    {
        var current = Interlocked.Increment(ref now);
        int seen;
        while (current > (seen = Volatile.Read(ref most)) && Interlocked.CompareExchange(ref most, current, seen) != seen)
        {
        }
    }

    public void Leave() => Interlocked.Decrement(ref now);
}
