namespace Scraper.Tests.Support;

/// <summary>One capture that <see cref="ArchiveServer"/> holds: a page, or the site's redirect to another URL.</summary>
/// <param name="Timestamp">When it was captured, as the archive spells it: yyyyMMddHHmmss.</param>
internal sealed record ArchiveCapture(string Timestamp, string? Html, string? RedirectTo);
