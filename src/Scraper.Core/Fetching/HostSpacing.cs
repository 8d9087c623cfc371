namespace Scraper.Fetching;

/// <summary>
/// When each host was last sent a request. A permit of the host's rate is taken before the request slot, so permits
/// granted one period apart may wait for slots and then reach them together; the last check, made while the slot is
/// held, keeps the host's requests at least one period apart all the same. Above 50 requests a second the token
/// bucket itself hands out several tokens a period (timers are not finer), so only its own spacing applies there.
/// </summary>
internal sealed class HostSpacing(TimeProvider time)
{
    private const double Finest = 50;

    private readonly Dictionary<string, long> lastSent = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock gate = new();

    /// <summary>Zero, and the send is recorded, when a request to <paramref name="host"/> may go now; else how long it must still wait.</summary>
    public TimeSpan Claim(string host, double requestsPerSecond)
    {
        var now = time.GetTimestamp();
        lock (gate)
        {
            if (requestsPerSecond is > 0 and <= Finest && lastSent.TryGetValue(host, out var last))
            {
                var left = TimeSpan.FromSeconds(1 / requestsPerSecond) - time.GetElapsedTime(last, now);
                if (left > TimeSpan.Zero)
                {
                    return left;
                }
            }

            lastSent[host] = now;
            return TimeSpan.Zero;
        }
    }
}
