namespace Scraper.Fetching;

/// <summary>A page that redirected more times than a fetch follows (a loop, most likely); not retried.</summary>
public sealed class TooManyRedirectsException(int maxRedirects) : Exception($"too many redirects (more than {maxRedirects})");
