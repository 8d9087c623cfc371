using Scraper.Output;
using Scraper.Results;

namespace Scraper.Resume;

/// <summary>
/// How a keyword is matched with a word in a results file: spelt as the file spells it (cleaned, and in CSV with the
/// formula guard "'" in front of "=x"), then case-folded as <see cref="Keywords.KeywordSet"/> folds duplicates.
/// </summary>
internal static class ResumeKey
{
    public static string OfKeyword(string keyword, ResultFormat format)
    {
        var written = CleanText.Of(keyword);
        return OfWritten(format == ResultFormat.Csv ? CsvResultWriter.AsWritten(written) : written);
    }

    public static string OfWritten(string keyword) => keyword.ToLowerInvariant();
}
