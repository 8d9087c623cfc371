using Scraper.Fetching;
using Scraper.Sites;

namespace Scraper.Lookup;

/// <summary>
/// A lookup through a web archive (an archive profile): which of the archive's redirects to follow, and which of its
/// answers say something about the archive rather than about the word.
/// </summary>
internal sealed class ArchiveRoute(string archivedHost)
{
    public const string ArchivedAfterClosure = "only archived after the dictionary closed";

    public const string NotArchived = "not in the archive";

    /// <summary>
    /// The route of an archive profile, or of any profile whose --base-url is an archive address of the site
    /// (https://web.archive.org/web/20230601id_/https://www.macmillandictionary.com); null for a live site.
    /// </summary>
    public static ArchiveRoute? For(SiteProfile profile, Uri? baseUrl) =>
        (WaybackAddress.ArchivedHost(profile) ?? (baseUrl is null ? null : WaybackAddress.Original(baseUrl)?.Host)) is { } host
            ? new ArchiveRoute(host)
            : null;

    /// <summary>
    /// A redirect from one capture to another is followed while the archived page stays on the dictionary's host (either
    /// edition's path). A capture that redirects to another host is the closed site's redirect, captured after it closed.
    /// </summary>
    public bool Follows(Uri next) =>
        WaybackAddress.Original(next) is not { } original || string.Equals(original.Host, archivedHost, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Why a page the archive answered is not-found without being parsed: its capture leads off the dictionary, or the
    /// archive never captured it (its own 404 page, which says nothing of whether the dictionary had the word).
    /// </summary>
    public static string? NotFoundReason(FetchResult fetched) =>
        fetched.RedirectedTo is not null ? ArchivedAfterClosure
        : fetched.StatusCode is 404 or 410 ? NotArchived
        : null;

    /// <summary>A link to another capture, as a rewriting archive writes links, stands for the page it holds.</summary>
    public static Uri Unwrap(Uri link) => WaybackAddress.Original(link) ?? link;
}
