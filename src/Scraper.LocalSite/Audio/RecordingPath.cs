using System.Text.RegularExpressions;
using Scraper.LocalSite.Pages;

namespace Scraper.LocalSite.Audio;

/// <summary>
/// Where the site's pronunciation recordings live, in Macmillan's shape: <c>/media/british/uk_pron/love_1.mp3</c>,
/// <c>/media/american/us_pron/love_1.mp3</c>; one British and one American recording for every entry page.
/// </summary>
internal static partial class RecordingPath
{
    public const string ContentType = "audio/mpeg";

    public static readonly string[] Regions = ["uk", "us"];

    /// <summary>
    /// The root-relative, attribute-safe URL of a page's recording in <paramref name="region"/> ("uk" or "us").
    /// Relative (Macmillan's were absolute) so that a page replayed from a cache (`serve --from`) links the replaying
    /// site, as its reader resolves it against the page's own URL.
    /// </summary>
    public static string Url(Edition edition, string pageSlug, string region) => $"/media/{edition.Code}/{region}_pron/{pageSlug}.mp3";

    /// <summary>Whether the path is a recording's, and then its edition and page slug.</summary>
    public static bool Match(string path, out Edition edition, out string pageSlug)
    {
        var match = Pattern().Match(path);
        edition = match.Groups["edition"].Value == Edition.American.Code ? Edition.American : Edition.British;
        pageSlug = match.Groups["slug"].Value;
        return match.Success;
    }

    [GeneratedRegex("^/media/(?<edition>british|american)/(?:uk|us)_pron/(?<slug>[a-z0-9_-]{1,100})\\.mp3$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
