using Scraper.Results;

namespace Scraper.Benchmark;

/// <summary>
/// One word's line of the report's definitions table: its first entry's headword, part of speech and first
/// definition, or, for a word not found, its status. Every field is cleaned of control characters.
/// </summary>
public sealed record DefinitionRow(string Word, string Headword, string PartOfSpeech, string Definition, bool Found)
{
    public static DefinitionRow From(LookupResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var entry = result.Entries.FirstOrDefault();
        if (result.Status != LookupStatus.Found || entry is null)
        {
            var status = StatusName.Of(result.Status);
            var reason = result.Error is null ? status : $"{status}: {result.Error}";
            return new DefinitionRow(CleanText.Of(result.Keyword), "", "", CleanText.Of(reason), Found: false);
        }

        return new DefinitionRow(
            CleanText.Of(result.Keyword),
            CleanText.Of(entry.Headword),
            CleanText.Of(entry.PartOfSpeech),
            CleanText.Of(FirstDefinition(entry)),
            Found: true);
    }

    // A sense may carry only lettered sub-senses; their first definition then stands for it.
    private static string FirstDefinition(Entry entry) =>
        entry.Senses
            .SelectMany(sense => sense.Subsenses.Select(subsense => subsense.Definition).Prepend(sense.Definition))
            .FirstOrDefault(definition => !string.IsNullOrWhiteSpace(definition)) ?? "";
}
