using Scraper.Results;

namespace Scraper.Tests.Benchmark;

/// <summary>Lookup results for the report renderers' tests.</summary>
internal static class BenchResults
{
    public const string LongDefinition =
        "to be very strongly attracted to someone in a romantic and sexual way, and to care about them a great deal, more than anyone else";

    public static IReadOnlyList<LookupResult> Sample() =>
    [
        Found("love", "love", "verb", LongDefinition),
        Found("pipe", "pipe", "noun", "a tube | a channel [for] water or gas"),
        new LookupResult
        {
            Keyword = "zzxq", Url = "http://127.0.0.1:41234/dictionary/british/zzxq", Status = LookupStatus.NotFound,
            HttpStatus = 200, Attempts = 1, Suggestions = ["zax"],
        },
    ];

    private static LookupResult Found(string keyword, string headword, string partOfSpeech, string definition) => new()
    {
        Keyword = keyword,
        Url = $"http://127.0.0.1:41234/dictionary/british/{keyword}",
        Status = LookupStatus.Found,
        HttpStatus = 200,
        Attempts = 1,
        Entries = [new Entry(headword, 1, partOfSpeech, null, [new Sense(definition, [], [])])],
    };
}
