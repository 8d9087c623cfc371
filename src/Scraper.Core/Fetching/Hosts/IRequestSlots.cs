namespace Scraper.Fetching;

/// <summary>The run's request slots (-c): one is held for an attempt's request and body only, taken once the host's politeness lets it go.</summary>
internal interface IRequestSlots
{
    /// <summary>No bound: the blocking modes, whose threads are their bound.</summary>
    static IRequestSlots None { get; } = new Unbounded();

    ValueTask WaitAsync(string host, CancellationToken cancellationToken);

    void Release(string host);

    private sealed class Unbounded : IRequestSlots
    {
        public ValueTask WaitAsync(string host, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return ValueTask.CompletedTask;
        }

        public void Release(string host)
        {
        }
    }
}
