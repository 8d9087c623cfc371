namespace Scraper.Fetching;

/// <summary>
/// The wait before a retry when the site sent a Retry-After: the larger of that and an exponential backoff with
/// jitter, so that "Retry-After: 0" (or a date in the past) on every answer never makes the retries fire back to back.
/// </summary>
internal static class RetryBackoff
{
    /// <summary>About <c>baseDelay × 2^attempt</c> (attempt 0 is the first retry), between half and all of it, at most <paramref name="maxDelay"/>.</summary>
    public static TimeSpan Exponential(int attempt, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        var full = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 30));
        var capped = Math.Min(full, maxDelay.TotalMilliseconds);
#pragma warning disable CA5394 // Jitter spreads retries apart; it guards nothing.
        return TimeSpan.FromMilliseconds(capped * (0.5 + (Random.Shared.NextDouble() / 2)));
#pragma warning restore CA5394
    }

    /// <param name="hostPaused">
    /// A 429's Retry-After already pauses every request to the host (<see cref="HostPauses"/>), and the retry waits
    /// for that pause: here only the rest of the backoff, so the wait is not counted twice.
    /// </param>
    public static TimeSpan WithRetryAfter(TimeSpan retryAfter, int attempt, FetchOptions options, bool hostPaused)
    {
        var backoff = Exponential(attempt, options.RetryBaseDelay, options.MaxRetryDelay);
        if (hostPaused)
        {
            return backoff > retryAfter ? backoff - retryAfter : TimeSpan.Zero;
        }

        return backoff > retryAfter ? backoff : retryAfter;
    }
}
