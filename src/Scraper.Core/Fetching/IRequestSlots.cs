namespace Scraper.Fetching;

/// <summary>The run's request slots (-c): one is held for an attempt's request and body only, taken once the host's politeness lets it go.</summary>
internal interface IRequestSlots
{
    ValueTask WaitAsync(string host, CancellationToken cancellationToken);

    void Release(string host);
}
