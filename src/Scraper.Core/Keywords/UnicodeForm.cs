using System.Text;

namespace Scraper.Keywords;

/// <summary>Unicode normalization that never throws.</summary>
internal static class UnicodeForm
{
    // string.Normalize throws on a lone surrogate (possible in a command-line argument);
    // such a half character is replaced by U+FFFD instead.
    public static string Normalize(string text, NormalizationForm form)
    {
        try
        {
            return text.Normalize(form);
        }
        catch (ArgumentException)
        {
            return Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)).Normalize(form);
        }
    }
}
