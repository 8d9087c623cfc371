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

    /// <summary>
    /// Absolute, distinct links to other homographs, leaving out the page itself. A homograph's page is the same
    /// slug with another "_N" (love_1, love_2): related entries (love-in) that share the markup are left out too.
    /// The selector's alternatives (one per layout) are tried in order, and the first that gives a link ends the search.
    /// </summary>
    public static List<Uri> Homographs(IDocument document, IReadOnlyList<ISelector> alternatives, Uri pageUrl, Uri? canonicalUrl)
    {
        var links = new List<Uri>();
        for (var i = 0; i < alternatives.Count && links.Count == 0; i++)
        {
            foreach (var anchor in document.All(alternatives[i]))
            {
                var url = Resolve(anchor.GetAttribute("href"), pageUrl);
                if (url is null || url == pageUrl || url == canonicalUrl || links.Contains(url)
                    || !(SameStem(url, canonicalUrl) || SameStem(url, pageUrl)))
                {
                    continue;
                }

                links.Add(url);
            }
        }

        return links;
    }

    private static bool SameStem(Uri link, Uri? page) =>
        page is not null && Stem(link).Equals(Stem(page), StringComparison.OrdinalIgnoreCase);

    // The last path segment without a homograph suffix: ".../love_2" gives "love".
    private static ReadOnlySpan<char> Stem(Uri url)
    {
        var path = url.AbsolutePath.AsSpan().TrimEnd('/');
        var segment = path[(path.LastIndexOf('/') + 1)..];
        var underscore = segment.LastIndexOf('_');
        return underscore > 0 && segment[(underscore + 1)..] is { Length: > 0 } number && !number.ContainsAnyExceptInRange('0', '9')
            ? segment[..underscore]
            : segment;
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
