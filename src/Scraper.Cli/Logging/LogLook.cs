namespace Scraper.Cli.Logging;

/// <summary>How a log line reads: as a log (time and level first) or as a sentence for a person at a terminal.</summary>
internal enum LogLook
{
    Log,
    Sentences,
}
