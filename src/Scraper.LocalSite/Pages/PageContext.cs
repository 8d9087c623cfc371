namespace Scraper.LocalSite.Pages;

/// <summary>
/// Where a page is served from. Links are absolute on the request's own scheme and host, and in its edition,
/// so a client that follows them stays on this site.
/// </summary>
internal sealed class PageContext(string origin, Edition edition)
{
    /// <summary>"http://127.0.0.1:5000", HTML-encoded for use in attributes.</summary>
    public string Origin { get; } = HtmlText.Encode(origin);

    public Edition Edition { get; } = edition;

    /// <summary>The absolute, attribute-safe URL of a word's page; the slug must be made of a-z, 0-9, '-' and '_'.</summary>
    public string Url(string slug) => $"{Origin}{Edition.PathPrefix}{slug}";

    public string UrlIn(Edition edition, string slug) => $"{Origin}{edition.PathPrefix}{slug}";
}
