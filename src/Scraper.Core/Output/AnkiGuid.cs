namespace Scraper.Output;

/// <summary>
/// The note's id in Anki's guid column: the site and the word. Importing the file again updates the notes rather
/// than adding copies, and a resumed run reads back which words the file already has.
/// </summary>
internal static class AnkiGuid
{
    private const string Prefix = "scraper:";

    // Escaped, the word holds no ':', tab, space or line break, so the last ':' ends the site.
    public static string Of(string site, string keyword) => Prefix + AnkiNote.Tag(site) + ":" + Uri.EscapeDataString(keyword);

    /// <summary>The site's tag of a guid this class made; null for any other text.</summary>
    public static string? SiteOf(string guid)
    {
        var last = guid.LastIndexOf(':');
        return guid.StartsWith(Prefix, StringComparison.Ordinal) && last >= Prefix.Length ? guid[Prefix.Length..last] : null;
    }

    public static string? KeywordOf(string guid)
    {
        var last = guid.LastIndexOf(':');
        return guid.StartsWith(Prefix, StringComparison.Ordinal) && last >= Prefix.Length
            ? Uri.UnescapeDataString(guid[(last + 1)..])
            : null;
    }
}
