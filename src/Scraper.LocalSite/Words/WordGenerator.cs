using System.Text;
using Scraper.Results;

namespace Scraper.LocalSite.Words;

/// <summary>
/// Makes up an entry for any word the site was not given, from the built-in <see cref="WordList"/>, seeded by the
/// word's <see cref="StableHash"/>: the same word always gets the same entry, in every process.
/// </summary>
internal static class WordGenerator
{
    private static readonly string[] PartsOfSpeech = ["noun", "verb", "adjective", "adverb"];

    public static Headword Generate(string slug)
    {
        var random = new SeededRandom(StableHash.Of(slug));
        var word = slug.Replace('-', ' ');
        var partOfSpeech = random.Pick(PartsOfSpeech);
        var senses = new List<Sense>();
        var senseCount = random.Between(3, 6);
        for (var i = 0; i < senseCount; i++)
        {
            var subsenses = i == 1 && random.Chance(0.4)
                ? new[] { MakeSubsense(random, word), MakeSubsense(random, word) }
                : [];
            senses.Add(new Sense(Definition(random, partOfSpeech), Examples(random, word, partOfSpeech, random.Between(1, 3)), subsenses));
        }

        return new Headword(slug, [new Entry(word, null, partOfSpeech, Pronunciation(slug), senses)]);
    }

    private static Subsense MakeSubsense(SeededRandom random, string word) =>
        new($"used about {random.Pick(WordList.Nouns)}s and other {random.Pick(WordList.Adjectives)} things",
            [$"{random.Pick(WordList.Subjects)} saw a {word} by the {random.Pick(WordList.Nouns)} {random.Pick(WordList.Times)}."]);

    private static string Definition(SeededRandom r, string partOfSpeech) => partOfSpeech switch
    {
        "noun" => $"a {r.Pick(WordList.Adjectives)} {r.Pick(WordList.Nouns)} that is used to {r.Pick(WordList.Verbs)} a {r.Pick(WordList.Nouns)} or a {r.Pick(WordList.Nouns)}",
        "verb" => $"to {r.Pick(WordList.Verbs)} a {r.Pick(WordList.Nouns)} {r.Pick(WordList.Adverbs)}, especially when it is {r.Pick(WordList.Adjectives)}",
        "adjective" => $"{r.Pick(WordList.Adjectives)} or {r.Pick(WordList.Adjectives)}, in the way that a {r.Pick(WordList.Nouns)} usually is",
        _ => $"in a {r.Pick(WordList.Adjectives)} way, as when you {r.Pick(WordList.Verbs)} a {r.Pick(WordList.Nouns)}",
    };

    private static string[] Examples(SeededRandom r, string word, string partOfSpeech, int count)
    {
        var examples = new string[count];
        for (var i = 0; i < count; i++)
        {
            var subject = r.Pick(WordList.Subjects);
            examples[i] = partOfSpeech switch
            {
                "noun" => $"{subject} left the {word} next to the {r.Pick(WordList.Nouns)} {r.Pick(WordList.Times)}.",
                "verb" => $"{subject} will {word} the {r.Pick(WordList.Nouns)} {r.Pick(WordList.Times)}.",
                "adjective" => $"{subject} found the {r.Pick(WordList.Nouns)} rather {word}.",
                _ => $"{subject} moved {word} towards the {r.Pick(WordList.Nouns)}.",
            };
        }

        return examples;
    }

    // Not real phonetics: a stable, IPA-looking rendering of the spelling.
    private static string Pronunciation(string slug)
    {
        var builder = new StringBuilder("/");
        if (slug.Length > 4)
        {
            builder.Append('ˈ');
        }

        foreach (var c in slug)
        {
            builder.Append(c switch
            {
                'a' => "æ",
                'e' => "e",
                'i' => "ɪ",
                'o' => "ɒ",
                'u' => "ʌ",
                'y' => "i",
                '-' => " ",
                _ => c.ToString(),
            });
        }

        return builder.Append('/').ToString();
    }
}
