namespace Scraper.Fetching;

/// <summary>A redirect that would leave the site, or too many of them; not retried.</summary>
public sealed class OffSiteRedirectException(string message) : Exception(message);
