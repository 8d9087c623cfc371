using Scraper.Results;

namespace Scraper.Tests.Output;

/// <summary>Results shaped like real lookups: two homographs with sub-senses, an unknown word, a failure.</summary>
internal static class SampleResults
{
    public static LookupResult Love { get; } = new()
    {
        Keyword = "love",
        Site = "macmillan",
        Url = "https://www.macmillandictionary.com/dictionary/british/love",
        Status = LookupStatus.Found,
        HttpStatus = 200,
        Attempts = 1,
        ElapsedMs = 123.456,
        Entries =
        [
            new Entry("love", 1, "verb", "/lʌv/",
            [
                new Sense(
                    "to have very strong feelings of affection for someone",
                    ["I love you.", "She loved her brother, but \"hated\" him too, somehow."],
                    [
                        new Subsense("to like something very much", ["I love chocolate."]),
                        new Subsense("to enjoy doing something", []),
                    ]),
                new Sense("used for saying that you would like to do something", ["I'd love to come, but I can't."], []),
            ]),
            new Entry("love", 2, "noun", "/lʌv/",
            [
                new Sense("a very strong feeling of affection for someone", ["Their love, lasting fifty years, was an inspiration."], []),
            ]),
        ],
    };

    public static LookupResult Jumblish { get; } = new()
    {
        Keyword = "jumblish",
        Url = "https://www.macmillandictionary.com/dictionary/british/jumblish",
        Status = LookupStatus.NotFound,
        HttpStatus = 200,
        Attempts = 1,
        ElapsedMs = 80.04,
        Suggestions = ["jumble", "jumbled", "rubbish"],
    };

    public static LookupResult Hostile { get; } = new()
    {
        Keyword = "\u001b[31mred\u202E",
        Url = "https://www.macmillandictionary.com/dictionary/british/31mred",
        Status = LookupStatus.Failed,
        HttpStatus = 503,
        Attempts = 4,
        ElapsedMs = 10_000.06,
        Error = "HTTP 503 after 4 attempts",
    };

    public static IReadOnlyList<LookupResult> All { get; } = [Love, Jumblish, Hostile];
}
