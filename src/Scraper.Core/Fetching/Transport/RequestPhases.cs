using Scraper.Results;

namespace Scraper.Fetching;

/// <summary>
/// Where one page fetch spent its time, filled in as it goes: the wait for a request slot, the host's pause and
/// rate wait, the attempts (each split into connecting, waiting for the first byte and reading the body), and
/// the waits between attempts. Written by one fetch at a time; the connect callback adds to it from the pool.
/// </summary>
public sealed class RequestPhases
{
    private long connectTicks;

    /// <summary>The key under which an attempt's request carries its phases, for the connect callback.</summary>
    public static HttpRequestOptionsKey<RequestPhases> Key { get; } = new("scraper.phases");

    public double SlotWaitMs { get; set; }

    public double PoliteWaitMs { get; set; }

    public double AttemptMs { get; set; }

    public double BodyMs { get; set; }

    public double RetryWaitMs { get; set; }

    /// <summary>Time spent opening new connections for this page (TCP connect), as the handler's connect callback measured it.</summary>
    public double ConnectMs => TimeSpan.FromTicks(Interlocked.Read(ref connectTicks)).TotalMilliseconds;

    /// <summary>Whether an attempt of this page opened a new connection rather than reusing a pooled one.</summary>
    public bool NewConnection => Interlocked.Read(ref connectTicks) > 0;

    public void AddConnect(TimeSpan elapsed) => Interlocked.Add(ref connectTicks, Math.Max(1, elapsed.Ticks));

    public FetchPhases Snapshot(long started) => new(
        started, SlotWaitMs, PoliteWaitMs, ConnectMs, Math.Max(0, AttemptMs - ConnectMs - BodyMs), BodyMs, RetryWaitMs, NewConnection);
}
