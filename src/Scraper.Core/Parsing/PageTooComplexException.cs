namespace Scraper.Parsing;

/// <summary>A page over the parse budget (too deeply nested, or too slow to parse): the word fails with this reason.</summary>
public sealed class PageTooComplexException(string message) : Exception(message);
