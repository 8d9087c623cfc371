using System.Diagnostics.CodeAnalysis;

namespace Scraper.Sites;

/// <summary>The page URL of a keyword on a site, which a keyword can never move to another host or path.</summary>
public static class PageAddress
{
    private const int MaxSlugLength = 100;

    // The slug is already percent-encoded; canonicalization would decode "%2E%2E" and remove it as a dot-segment.
    private static readonly UriCreationOptions Verbatim = new() { DangerousDisablePathAndQueryCanonicalization = true };

    public static bool TryBuild(
        SiteProfile profile,
        Uri? baseUrl,
        string keyword,
        [NotNullWhen(true)] out Uri? url,
        [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(keyword);

        var origin = Origin(profile, baseUrl);
        var slug = Slug.Make(keyword, profile.SlugRule);
        url = null;
        if (slug.Length == 0)
        {
            error = "no letters or digits to look up";
            return false;
        }

        if (Length(slug, profile.SlugRule) > MaxSlugLength)
        {
            error = $"longer than {MaxSlugLength} characters";
            return false;
        }

        url = new Uri(Join(origin, profile, slug), Verbatim);
        error = null;
        return true;
    }

    /// <summary>
    /// The page to fetch for a link, on a page of this site, whose host is neither the one the page came from nor
    /// the profile's: an archive profile's pages link to the archived site, whose page URLs end its template.
    /// Such a link's last path segment goes into the template, on the origin the requests go to; other links give null.
    /// </summary>
    public static Uri? FromLink(SiteProfile profile, Uri? baseUrl, Uri link)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(link);

        var segment = link.IsAbsoluteUri ? link.Segments[^1].TrimEnd('/') : "";
        if (segment is "" or "." or ".." || segment.Length > MaxSlugLength * 3)
        {
            return null;
        }

        var livePage = Join(Origin(profile, null), profile, segment);
        return livePage.EndsWith(link.GetLeftPart(UriPartial.Path), StringComparison.OrdinalIgnoreCase)
            ? new Uri(Join(Origin(profile, baseUrl), profile, segment), Verbatim)
            : null;
    }

    /// <summary>The URL for a result's "url" field, also when no request can be made (slug empty or cut short).</summary>
    public static string Describe(SiteProfile profile, Uri? baseUrl, string keyword)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(keyword);

        if (TryBuild(profile, baseUrl, keyword, out var url, out _))
        {
            return url.AbsoluteUri;
        }

        var slug = Slug.Make(keyword, profile.SlugRule);
        var shown = slug.Length > MaxSlugLength ? slug[..MaxSlugLength] + "..." : slug;
        return Join(Origin(profile, baseUrl), profile, shown);
    }

    // Scheme, host, port and any path prefix (an archive proxy's), without query, fragment or trailing "/".
    private static string Origin(SiteProfile profile, Uri? baseUrl)
    {
        var origin = baseUrl ?? profile.Origin;
        if (!origin.IsAbsoluteUri)
        {
            throw new ArgumentException("the base URL must be absolute", nameof(baseUrl));
        }

        return origin.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    // An archive profile's pages and links all go through the archive at the profile's own timestamp. The slug goes in
    // last, so that a keyword can never become a placeholder.
    private static string Join(string origin, SiteProfile profile, string slug)
    {
        var template = profile.ArchiveTimestamp is { } timestamp
            ? profile.PathTemplate.Replace(WaybackAddress.TimestampPlaceholder, timestamp, StringComparison.Ordinal)
            : profile.PathTemplate;
        return origin + template.Replace("{slug}", slug, StringComparison.Ordinal);
    }

    private static int Length(string slug, SlugRule rule) =>
        rule == SlugRule.Dashed ? slug.Length : Uri.UnescapeDataString(slug).Length;
}
