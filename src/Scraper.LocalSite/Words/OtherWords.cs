using Scraper.Results;

namespace Scraper.LocalSite.Words;

/// <summary>Authored entries: environmental, buzz (verb, noun), ambition. Written for this project.</summary>
internal static class OtherWords
{
    public static IReadOnlyList<Headword> All { get; } =
    [
        new("environmental", [new Entry("environmental", null, "adjective", "/ɪnˌvaɪrənˈment(ə)l/",
        [
            new Sense("connected with the natural world of land, water, air, plants and animals, and the effect people have on it",
                ["The new road will cause serious environmental damage.", "environmental groups"], []),
            new Sense("connected with the conditions that someone lives or works in and how these affect them",
                ["Environmental factors such as noise can affect how children learn."], []),
            new Sense("intended to protect the natural world",
                ["The company has a strong environmental policy."], []),
        ])]),
        new("buzz",
        [
            new Entry("buzz", 1, "verb", "/bʌz/",
            [
                new Sense("to make a continuous low sound like the sound that a bee makes",
                    ["A fly was buzzing against the window.", "The old fridge buzzes all night."], []),
                new Sense("if a place buzzes, it is full of activity, excitement or noise",
                    ["The square was buzzing with tourists."], []),
                new Sense("to press a button that makes a sound, in order to call someone or open a door",
                    ["She buzzed the receptionist.", "Buzz me in when you get here."], []),
            ]),
            new Entry("buzz", 2, "noun", "/bʌz/",
            [
                new Sense("a continuous low sound like the sound a bee makes",
                    ["the buzz of traffic in the distance"], []),
                new Sense("a strong feeling of excitement or pleasure",
                    ["She gets a real buzz from performing live."], []),
                new Sense("talk or interest about something new",
                    ["There's a lot of buzz about the new cafe."], []),
            ]),
        ]),
        new("ambition", [new Entry("ambition", null, "noun", "/æmˈbɪʃ(ə)n/",
        [
            new Sense("something that you very much want to do or achieve",
                ["Her ambition is to sail around the world.", "He finally realized his ambition of running a marathon."], []),
            new Sense("a strong wish to be successful, powerful or rich",
                ["She has talent and plenty of ambition.", "a young man with no ambition"], []),
            new Sense("the quality of a plan or project that aims to do a lot",
                ["Nobody doubted the ambition of the design."], []),
        ])]),
    ];
}
