namespace Scraper.Fetching;

/// <summary>A page over the size cap; not retried.</summary>
public sealed class PageTooLargeException(long limit)
    : Exception($"page larger than {limit / (1024 * 1024)} MB refused");
