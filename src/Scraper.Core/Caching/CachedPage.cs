using Scraper.Fetching;

namespace Scraper.Caching;

/// <summary>One page as the cache holds it: its entry and its bytes as the site sent them.</summary>
public sealed record CachedPage(CacheEntry Entry, ReadOnlyMemory<byte> Body)
{
    /// <summary>The ETag and Last-Modified to send in a conditional request for this page.</summary>
    public PageHeaders Validators() => new(null, Entry.ETag, Entry.LastModified);
}
