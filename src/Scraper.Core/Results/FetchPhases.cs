namespace Scraper.Results;

/// <summary>
/// The phases of one page fetch, in milliseconds, in the order they happen. <paramref name="FirstByteMs"/> is the
/// attempts' time less connecting and reading the body: the wait for the server's answer (and TLS, on https).
/// </summary>
/// <param name="Started">The fetch's start, a <see cref="TimeProvider"/> timestamp.</param>
/// <param name="PoliteWaitMs">Waiting for the host's 429 pause and its rate limit, after the slot was taken.</param>
/// <param name="RetryWaitMs">Waiting between attempts (backoff, Retry-After).</param>
public sealed record FetchPhases(
    long Started,
    double SlotWaitMs,
    double PoliteWaitMs,
    double ConnectMs,
    double FirstByteMs,
    double BodyMs,
    double RetryWaitMs,
    bool NewConnection)
{
    public static FetchPhases None { get; } = new(0, 0, 0, 0, 0, 0, 0, false);

    public double TotalMs => SlotWaitMs + PoliteWaitMs + ConnectMs + FirstByteMs + BodyMs + RetryWaitMs;
}
