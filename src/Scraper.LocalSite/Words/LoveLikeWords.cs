using Scraper.Results;

namespace Scraper.LocalSite.Words;

/// <summary>Authored entries with two homographs each: love (verb, noun), like (verb, preposition).</summary>
internal static class LoveLikeWords
{
    public static IReadOnlyList<Headword> All { get; } =
    [
        new("love",
        [
            new Entry("love", 1, "verb", "/lʌv/",
            [
                new Sense("to have very strong, warm feelings of affection for someone, especially a partner or a member of your family",
                    ["I love you more than I can say.", "They loved each other for fifty years."], []),
                new Sense("to like something very much or to enjoy doing it",
                    ["She loves long walks by the sea.", "My dad loves to cook on Sundays."],
                    [
                        new Subsense("used about places, activities or ideas that matter a lot to you",
                            ["He came back to the town he had always loved."]),
                        new Subsense("used in polite answers to say that you would be very happy to do something",
                            ["I'd love to come to the party.", "We would love a copy of the report."]),
                    ]),
                new Sense("to care about something and want to protect it",
                    ["People who love the countryside should help to keep it clean."], []),
            ]),
            new Entry("love", 2, "noun", "/lʌv/",
            [
                new Sense("a very strong feeling of affection for someone, especially a romantic one",
                    ["Their love grew stronger over the years.", "He wrote her a poem about love."], []),
                new Sense("a person that you feel strong affection for",
                    ["She was the love of his life."], []),
                new Sense("great enjoyment of an activity or interest",
                    ["her love of old films", "He never lost his love for the mountains."], []),
                new Sense("in tennis, a score of zero",
                    ["She won the first set six love."], []),
            ]),
        ]),
        new("like",
        [
            new Entry("like", 1, "verb", "/laɪk/",
            [
                new Sense("to think that someone or something is pleasant, good or interesting",
                    ["Do you like jazz?", "I liked her from the moment we met."], []),
                new Sense("to enjoy doing something or to do it often",
                    ["He likes to get up early.", "We like walking in the hills."], []),
                new Sense("used in polite offers and requests with would",
                    ["Would you like some more tea?", "I'd like to book a table for two."], []),
                new Sense("to show that you approve of something on social media by clicking a button",
                    ["Over a thousand people liked the photo in an hour."], []),
            ]),
            new Entry("like", 2, "preposition", "/laɪk/",
            [
                new Sense("similar to someone or something, or in the same way as them",
                    ["She sings like a professional.", "The cake tasted like chocolate."], []),
                new Sense("typical of someone, or what you would expect from them",
                    ["It's not like him to be late."], []),
                new Sense("used for giving an example of what you mean",
                    ["Fruits like oranges and lemons contain a lot of vitamin C."], []),
            ]),
        ]),
    ];
}
