using System.Collections.Frozen;

namespace Scraper.LocalSite.Words;

/// <summary>The 13 words of keywords.txt, with entries written for this project.</summary>
internal static class AuthoredWords
{
    private static readonly FrozenDictionary<string, Headword> BySlug =
        GreetingWords.All
            .Concat(FoodWords.All)
            .Concat(LoveLikeWords.All)
            .Concat(CallFeelWords.All)
            .Concat(OtherWords.All)
            .ToFrozenDictionary(w => w.Slug, StringComparer.Ordinal);

    public static IEnumerable<Headword> All => BySlug.Values;

    public static Headword? Find(string slug) => BySlug.GetValueOrDefault(slug);
}
