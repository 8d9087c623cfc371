namespace Scraper.Caching;

/// <summary>What a cache directory holds: its pages and the bytes of its files.</summary>
public sealed record CacheUsage(int Pages, long Bytes);
