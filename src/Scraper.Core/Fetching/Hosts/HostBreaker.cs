namespace Scraper.Fetching;

/// <summary>
/// One host's circuit breaker: after <c>threshold</c> pages in a row that the host refused or failed, nothing more is
/// sent to it for the rest of the run, so a batch against a site that starts refusing stops asking. A page the host
/// answered ends the streak. Our own counter rather than Polly's circuit breaker: Polly's opens on a failure ratio over
/// a sampling window (a host that answered 5,000 pages before refusing keeps a low ratio for the whole window) and
/// half-opens after a break, while a run wants "N in a row" and no second chance until the next run (--resume).
/// </summary>
internal sealed class HostBreaker(string host, int threshold)
{
    private readonly Lock gate = new();
    private int length;
    private int refusals;

    public bool IsOpen { get; private set; }

    /// <summary>Throws <see cref="HostCutOffException"/> when the breaker is open: the request must not go.</summary>
    public void ThrowIfOpen()
    {
        lock (gate)
        {
            if (IsOpen)
            {
                throw new HostCutOffException($"not sent: {Describe()}; stopped", refusals == length);
            }
        }
    }

    /// <returns>Why the host is cut off, when this page opened the breaker; else null.</returns>
    public string? Record(PageVerdict verdict)
    {
        if (threshold <= 0)
        {
            return null;
        }

        lock (gate)
        {
            if (IsOpen)
            {
                return null; // Pages already in flight when it opened change nothing: no half-open within a run.
            }

            if (verdict == PageVerdict.Answered)
            {
                (length, refusals) = (0, 0);
                return null;
            }

            length++;
            refusals += verdict == PageVerdict.Refused ? 1 : 0;
            IsOpen = length >= threshold;
            return IsOpen ? Describe() : null;
        }
    }

    /// <summary>Every page of the streak was refused (blocked), not failed.</summary>
    public bool Refused
    {
        get
        {
            lock (gate)
            {
                return refusals == length;
            }
        }
    }

    private string Describe()
    {
        var what = refusals == length ? "refused" : refusals == 0 ? "failed" : "refused or failed";
        return $"{host} {what} {length} pages in a row";
    }
}
