using Scraper.Output;
using Scraper.Results;

namespace Scraper.Resume;

/// <summary>
/// How a (site, keyword) pair is matched with a result in a results file: the keyword spelt as the file spells it
/// (cleaned, and in CSV with the formula guard "'" in front of "=x"), then case-folded as
/// <see cref="Keywords.KeywordSet"/> folds duplicates; the site's name case-folded in front of it.
/// </summary>
internal static class ResumeKey
{
    public static string OfKeyword(string site, string keyword, ResultFormat format)
    {
        var written = CleanText.Of(keyword);
        return OfWritten(site, format == ResultFormat.Csv ? CsvResultWriter.AsWritten(written) : written);
    }

    // A line break never survives CleanText in a keyword or a site's name, so it cannot join two pairs into one key.
    public static string OfWritten(string site, string keyword) => site.ToLowerInvariant() + "\n" + keyword.ToLowerInvariant();
}
