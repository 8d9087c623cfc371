namespace Scraper.Fetching;

/// <summary>What a page's answer tells a host's breaker (<see cref="HostBreakers"/>).</summary>
internal enum PageVerdict
{
    /// <summary>The host answered as a dictionary does (found, not found, even a drifted page): the streak ends.</summary>
    Answered,

    /// <summary>The host refused the tool: 401/403 or a bot-challenge page.</summary>
    Refused,

    /// <summary>The page failed after its retries: no answer, a 5xx, a reset, a timeout.</summary>
    Failed,
}
