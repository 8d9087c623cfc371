using System.Text;

namespace Scraper.Keywords;

/// <summary>Merges the keywords of the command line and of a file into the list of words to look up.</summary>
public static class KeywordSet
{
    /// <summary>
    /// Arguments first, then file lines; each trimmed and NFC-normalized, empty ones dropped.
    /// Words equal after case folding are kept once, in their first spelling and position.
    /// </summary>
    public static IReadOnlyList<string> Merge(IEnumerable<string> arguments, IEnumerable<string> fileLines)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(fileLines);

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var words = new List<string>();
        foreach (var raw in arguments.Concat(fileLines))
        {
            var word = UnicodeForm.Normalize(raw.Trim(), NormalizationForm.FormC);
            if (word.Length > 0 && seen.Add(word.ToLowerInvariant()))
            {
                words.Add(word);
            }
        }

        return words;
    }
}
