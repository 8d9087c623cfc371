using Scraper.Results;
using Scraper.Sites;

namespace Scraper.Parsing;

/// <summary>
/// A page saved on disk, read as its site's profile reads a fetched one (`scraper parse`): its bytes through the same
/// decoding and parser, its outcome in the same result shape and statuses as a lookup's, with no request made.
/// </summary>
public static class SavedPage
{
    /// <summary>The most bytes a page may have, as for a fetched one.</summary>
    public const long MaxBytes = 8 * 1024 * 1024;

    /// <param name="name">The file's name without its extension: the result's keyword, and the slug of the page's address.</param>
    /// <param name="fileUrl">Where the page was read from: the result's url.</param>
    public static LookupResult Read(PageParser parser, SiteProfile profile, string name, ReadOnlyMemory<byte> content, Uri fileUrl)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(fileUrl);
        var result = new LookupResult { Keyword = name, Site = profile.Name, Url = fileUrl.AbsoluteUri, Status = LookupStatus.Failed };
        if (content.Length > MaxBytes)
        {
            return result with { Error = $"not parsed: the page is {content.Length} bytes, over the {MaxBytes / (1024 * 1024)} MB a page may have" };
        }

        ParsedPage page;
        try
        {
            // As if fetched from the site: homograph numbers (love_2) and spelling pages (/spellcheck/) are known by their address.
            page = parser.Parse(content, contentType: null, AddressOf(profile, name), findHomographLinks: false);
        }
        catch (PageTooComplexException ex)
        {
            return result with { Error = $"not parsed: {ex.Message}" };
        }

        var (status, error) = page.Outcome;
        return result with
        {
            Status = status,
            Error = error,
            Entries = page.Kind == PageKind.Entry ? page.Entries : [],
            Suggestions = page.Kind == PageKind.NotFound ? page.Suggestions : [],
        };
    }

    // The profile's live address with the file's name as its slug (escaped: a name is no path).
    private static Uri AddressOf(SiteProfile profile, string name)
    {
        var path = profile.PathTemplate
            .Replace("{slug}", Uri.EscapeDataString(name), StringComparison.Ordinal)
            .Replace(WaybackAddress.TimestampPlaceholder, profile.ArchiveTimestamp ?? "", StringComparison.Ordinal);
        return new Uri(profile.Origin, path);
    }
}
