namespace Scraper.LocalSite.Words;

/// <summary>The plain words that generated definitions, examples and page furniture are made of.</summary>
internal static class WordList
{
    public static IReadOnlyList<string> Nouns { get; } =
    [
        "garden", "window", "river", "letter", "market", "kitchen", "island", "ladder", "engine", "pocket",
        "bridge", "candle", "harbour", "meadow", "basket", "blanket", "mirror", "parcel", "tunnel", "violin",
        "orchard", "compass", "lantern", "village", "station", "teacher", "neighbour", "journey", "machine", "feather",
        "stone", "cloud", "table", "chair", "wheel", "field", "voice", "story", "music", "paper",
        "signal", "surface", "corner", "pattern", "shadow", "season", "promise", "crowd", "record", "habit",
    ];

    public static IReadOnlyList<string> Verbs { get; } =
    [
        "carry", "follow", "open", "build", "repair", "measure", "gather", "protect", "describe", "borrow",
        "cover", "deliver", "notice", "arrange", "collect", "prepare", "replace", "explain", "support", "mark",
        "hold", "move", "turn", "share", "keep", "change", "join", "test", "shape", "guide",
    ];

    public static IReadOnlyList<string> Adjectives { get; } =
    [
        "small", "quiet", "narrow", "bright", "heavy", "gentle", "careful", "ordinary", "sudden", "useful",
        "formal", "modern", "simple", "public", "private", "rough", "smooth", "steady", "ancient", "familiar",
        "clear", "warm", "empty", "strong", "special", "regular", "silent", "common", "local", "distant",
    ];

    public static IReadOnlyList<string> Adverbs { get; } =
    [
        "slowly", "carefully", "quickly", "quietly", "gently", "openly", "firmly", "easily", "suddenly", "closely",
        "regularly", "properly", "briefly", "loosely", "freely",
    ];

    public static IReadOnlyList<string> Subjects { get; } =
    [
        "She", "He", "They", "We", "My brother", "The children", "Our neighbours", "The team", "Most people", "I",
    ];

    public static IReadOnlyList<string> Times { get; } =
    [
        "every morning", "last week", "on Sundays", "after lunch", "at the weekend", "before the meeting",
        "in the summer", "once a month", "all afternoon", "yesterday",
    ];
}
