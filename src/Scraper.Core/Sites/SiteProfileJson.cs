using System.Text.Encodings.Web;
using System.Text.Json;

namespace Scraper.Sites;

/// <summary>Site profiles as the JSON that `--site-file` reads back.</summary>
public static class SiteProfileJson
{
    // Relaxed escaping keeps "—" and "'" readable in a file a person edits; control characters are still escaped.
    private static readonly SiteProfileJsonContext Context = new(
        new JsonSerializerOptions(SiteProfileJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static string Serialize(IReadOnlyList<SiteProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        return JsonSerializer.Serialize(profiles, Context.IReadOnlyListSiteProfile);
    }
}
