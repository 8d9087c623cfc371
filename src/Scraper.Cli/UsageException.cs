namespace Scraper.Cli;

/// <summary>Bad usage or bad input, found before anything was fetched: one line on stderr, exit 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
