namespace Scraper.Results;

/// <summary>A pronunciation recording an entry's page links: an absolute http(s) URL, and whose accent it is.</summary>
/// <param name="Region">"uk" or "us" when the page says so (see <see cref="Regions"/>), else null.</param>
public sealed record Recording(string Url, string? Region);
