using Scraper.Results;

namespace Scraper.LocalSite.Words;

/// <summary>Authored entries: call (verb, noun), feel, determine. Written for this project.</summary>
internal static class CallFeelWords
{
    public static IReadOnlyList<Headword> All { get; } =
    [
        new("call",
        [
            new Entry("call", 1, "verb", "/kɔːl/",
            [
                new Sense("to telephone someone",
                    ["I'll call you when the train gets in.", "Call the office if you can't come."], []),
                new Sense("to give someone or something a name",
                    ["They called their daughter Rose."],
                    [
                        new Subsense("to use a particular name or title when you speak to someone",
                            ["Everyone calls him Doc."]),
                        new Subsense("to describe someone or something in a particular way",
                            ["You could hardly call the hotel luxurious."]),
                    ]),
                new Sense("to shout or say something loudly so that someone can hear you",
                    ["She called his name across the field.", "Someone was calling for help."], []),
                new Sense("to ask someone to come to you",
                    ["Call a doctor, quickly!"], []),
            ]),
            new Entry("call", 2, "noun", "/kɔːl/",
            [
                new Sense("an occasion when you telephone someone",
                    ["I had a call from the bank this morning.", "Give me a call at the weekend."], []),
                new Sense("a loud shout or cry",
                    ["We heard a call from the far side of the river."], []),
                new Sense("a public request for people to do something",
                    ["The mayor repeated her call for calm."], []),
                new Sense("a decision, especially one that is difficult to make",
                    ["It was a tough call, but I think we chose well."], []),
            ]),
        ]),
        new("feel", [new Entry("feel", null, "verb", "/fiːl/",
        [
            new Sense("to experience a particular emotion or physical state",
                ["I feel tired after the long drive.", "She felt proud of her brother."], []),
            new Sense("to have an opinion about something, based on your thoughts and feelings",
                ["We feel that the plan needs more work."], []),
            new Sense("to touch something with your fingers in order to find out what it is like",
                ["Feel how soft this blanket is."],
                [
                    new Subsense("to search for something with your hands when you cannot see",
                        ["He felt in his pocket for the keys."]),
                    new Subsense("to notice something touching your body",
                        ["I felt a drop of rain on my arm.", "Can you feel the wind?"]),
                ]),
            new Sense("to give a particular impression when you touch it",
                ["The water felt warm."], []),
        ])]),
        new("determine", [new Entry("determine", null, "verb", "/dɪˈtɜː(r)mɪn/",
        [
            new Sense("to discover the facts about something, usually by careful study",
                ["Tests will determine the cause of the fire.", "We are trying to determine where the leak is."], []),
            new Sense("to control what something will be like or what will happen",
                ["The weather will determine whether the match goes ahead."],
                [
                    new Subsense("to be the main fact that decides a result",
                        ["Price often determines which brand people buy."]),
                    new Subsense("to fix officially the amount or nature of something",
                        ["The court will determine the level of compensation."]),
                ]),
            new Sense("to make a firm decision to do something",
                ["She determined to finish the course, whatever happened."], []),
        ])]),
    ];
}
