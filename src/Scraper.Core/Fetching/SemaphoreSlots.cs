namespace Scraper.Fetching;

/// <summary>Request slots that are a plain semaphore: every host alike, first come first served.</summary>
internal sealed class SemaphoreSlots(SemaphoreSlim semaphore) : IRequestSlots
{
    public ValueTask WaitAsync(string host, CancellationToken cancellationToken) => new(semaphore.WaitAsync(cancellationToken));

    public void Release(string host) => semaphore.Release();
}
