namespace Scraper.Resume;

/// <summary>Bytes [<see cref="Start"/>, <see cref="End"/>) of a file.</summary>
internal readonly record struct ByteRange(long Start, long End);
