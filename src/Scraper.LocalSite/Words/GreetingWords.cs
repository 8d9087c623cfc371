using Scraper.Results;

namespace Scraper.LocalSite.Words;

/// <summary>Authored entries: hi, hello, bye. Written for this project.</summary>
internal static class GreetingWords
{
    public static IReadOnlyList<Headword> All { get; } =
    [
        new("hi", [new Entry("hi", null, "interjection", "/haɪ/",
        [
            new Sense("an informal word you say when you meet someone or start talking to them",
                ["Hi, it's good to see you again.", "She waved and called out hi from across the street."], []),
            new Sense("used at the start of an informal email, text or note, before the person's name",
                ["Hi Sam, thanks for the photos."], []),
            new Sense("used for getting someone's attention in a friendly way",
                ["Hi there, could you help me with this door?"], []),
        ])]),
        new("hello", [new Entry("hello", null, "interjection", "/həˈləʊ/",
        [
            new Sense("a word you say to greet someone when you meet them or when you answer the phone",
                ["Hello, is anyone home?", "He picked up the phone and said hello twice before anyone answered."], []),
            new Sense("used for attracting someone's attention, especially when you think they are not listening",
                ["Hello? Did you hear a word I just said?"], []),
            new Sense("used for showing that you are surprised by something you have just noticed",
                ["Hello, what is this envelope doing under the mat?"], []),
            new Sense("an act of greeting someone",
                ["Come over and say hello to my parents.", "We exchanged a quick hello on the stairs."], []),
        ])]),
        new("bye", [new Entry("bye", null, "interjection", "/baɪ/",
        [
            new Sense("an informal word you say when you leave someone or when they leave you",
                ["Bye, see you on Monday!", "The kids shouted bye from the back of the car."], []),
            new Sense("used at the end of a phone call before you put the phone down",
                ["OK, I'll call you later. Bye."], []),
            new Sense("in some sports, a round in which a player or team does not have to play and goes through to the next stage",
                ["The champions were given a bye into the second round."], []),
        ])]),
    ];
}
