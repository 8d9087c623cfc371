using System.Globalization;
using Scraper.Results;

namespace Scraper.Output;

/// <summary>The CSV rows of one result, every text field cleaned of control characters.</summary>
internal static class CsvRows
{
    private const string ListSeparator = " | ";

    public static IEnumerable<string[]> Of(LookupResult result)
    {
        if (result.Entries.Count == 0)
        {
            yield return Row(result, null, "", "", []);
            yield break;
        }

        foreach (var entry in result.Entries)
        {
            if (entry.Senses.Count == 0)
            {
                yield return Row(result, entry, "", "", []);
                continue;
            }

            for (var i = 0; i < entry.Senses.Count; i++)
            {
                var sense = entry.Senses[i];
                var number = (i + 1).ToString(CultureInfo.InvariantCulture);
                yield return Row(result, entry, number, sense.Definition, sense.Examples);
                for (var j = 0; j < sense.Subsenses.Count; j++)
                {
                    var subsense = sense.Subsenses[j];
                    yield return Row(result, entry, number + Letters(j), subsense.Definition, subsense.Examples);
                }
            }
        }
    }

    private static string[] Row(LookupResult result, Entry? entry, string sense, string definition, IReadOnlyList<string> examples) =>
    [
        CleanText.Of(result.Keyword),
        StatusName.Of(result.Status),
        CleanText.Of(result.Url),
        Number(result.HttpStatus),
        Number(result.Attempts),
        Math.Round(result.ElapsedMs, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture),
        CleanText.Of(entry?.Headword),
        Number(entry?.Homograph),
        CleanText.Of(entry?.PartOfSpeech),
        CleanText.Of(entry?.Pronunciation),
        sense,
        CleanText.Of(definition),
        Join(examples),
        Join(result.Suggestions),
        CleanText.Of(result.Error),
        CleanText.Of(result.Site),
    ];

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Join(IReadOnlyList<string> items) =>
        string.Join(ListSeparator, items.Select(CleanText.Of).Where(item => item.Length > 0));

    // 0 → "a", 25 → "z", 26 → "aa": sub-senses are lettered like the sites print them.
    private static string Letters(int index) =>
        index < 26 ? ((char)('a' + index)).ToString() : Letters((index / 26) - 1) + (char)('a' + (index % 26));
}
