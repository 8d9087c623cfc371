namespace Scraper.Fetching;

/// <summary>A request not sent because its host's breaker is open (<see cref="HostBreaker"/>); the message says why.</summary>
internal sealed class HostCutOffException(string message, bool refused) : Exception(message)
{
    /// <summary>Every page of the streak that opened the breaker was a refusal: the words end blocked, not failed.</summary>
    public bool Refused { get; } = refused;
}
