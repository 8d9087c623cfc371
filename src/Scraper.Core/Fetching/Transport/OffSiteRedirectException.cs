namespace Scraper.Fetching;

/// <summary>A redirect that would leave the site; not retried.</summary>
public sealed class OffSiteRedirectException(string message) : Exception(message);
