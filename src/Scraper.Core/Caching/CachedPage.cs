namespace Scraper.Caching;

/// <summary>One page as the cache holds it: its entry and its bytes as the site sent them.</summary>
public sealed record CachedPage(CacheEntry Entry, ReadOnlyMemory<byte> Body);
