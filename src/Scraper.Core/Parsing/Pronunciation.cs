namespace Scraper.Parsing;

/// <summary>Pronunciations as the result contract writes them: "/lʌv/", one slash on each side.</summary>
internal static class Pronunciation
{
    public static string? Normalize(string? text)
    {
        // Sites write "/lʌv/", "lʌv" or "//lʌv//"; the slashes are delimiters, not part of the IPA.
        var core = text.AsSpan().Trim().Trim('/').Trim();
        return core.IsEmpty ? null : string.Concat("/", core, "/");
    }
}
