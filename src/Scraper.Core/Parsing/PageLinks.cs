using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;

namespace Scraper.Parsing;

/// <summary>The URLs a page states about itself and its homographs.</summary>
internal static class PageLinks
{
    private static readonly ISelector Canonical = new CssSelectorParser().ParseSelector("link[rel=canonical]")!;

    /// <summary>The page's canonical URL, resolved against the URL it was fetched from.</summary>
    public static Uri? CanonicalUrl(IDocument document, Uri pageUrl) =>
        Resolve(document.Head?.First(Canonical)?.GetAttribute("href"), pageUrl);

    /// <summary>Absolute, distinct links to other homographs, leaving out the page itself.</summary>
    public static List<Uri> Homographs(IDocument document, ISelector? selector, Uri pageUrl, Uri? canonicalUrl)
    {
        var links = new List<Uri>();
        if (selector is null)
        {
            return links;
        }

        foreach (var anchor in document.All(selector))
        {
            var url = Resolve(anchor.GetAttribute("href"), pageUrl);
            if (url is null || url == pageUrl || url == canonicalUrl || links.Contains(url))
            {
                continue;
            }

            links.Add(url);
        }

        return links;
    }

    // Macmillan writes href=" https://..." with a leading space; only http(s) links are pages to follow.
    private static Uri? Resolve(string? href, Uri pageUrl)
    {
        var trimmed = href?.Trim();
        if (string.IsNullOrEmpty(trimmed) || !Uri.TryCreate(pageUrl, trimmed, out var url))
        {
            return null;
        }

        return url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps ? url : null;
    }
}
