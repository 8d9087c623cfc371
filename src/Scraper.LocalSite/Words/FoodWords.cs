using Scraper.Results;

namespace Scraper.LocalSite.Words;

/// <summary>Authored entries: apple, banana. Written for this project.</summary>
internal static class FoodWords
{
    public static IReadOnlyList<Headword> All { get; } =
    [
        new("apple", [new Entry("apple", null, "noun", "/ˈæp(ə)l/",
        [
            new Sense("a round fruit with a thin red, green or yellow skin and firm white flesh that grows on a tree",
                ["She packed an apple and a sandwich for the trip.", "These apples are too sour to eat raw."], []),
            new Sense("the tree that this fruit grows on",
                ["There are two old apples at the bottom of the garden."], []),
            new Sense("the flavour of this fruit, used in drinks and food",
                ["a cake with apple and cinnamon", "I'd like a glass of hot apple, please."], []),
        ])]),
        new("banana", [new Entry("banana", null, "noun", "/bəˈnɑːnə/",
        [
            new Sense("a long curved fruit with a thick yellow skin that you peel off and soft sweet flesh inside",
                ["He ate a banana before the race.", "a bunch of ripe bananas"], []),
            new Sense("the large tropical plant that this fruit grows on",
                ["Bananas grow well in the warm, wet valleys."], []),
            new Sense("a pale yellow colour like the skin of this fruit",
                ["The kitchen walls were painted banana."], []),
        ])]),
    ];
}
