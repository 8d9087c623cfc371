using Scraper.Keywords;

namespace Scraper.Tests.Keywords;

public sealed class KeywordSetTests
{
    [Fact]
    public void Merge_PutsArgumentsFirstThenFileLines()
    {
        var words = KeywordSet.Merge(["love", "hi"], ["apple", "bye"]);

        Assert.Equal(["love", "hi", "apple", "bye"], words);
    }

    [Fact]
    public void Merge_DuplicatesAfterTrimmingAndCaseFolding_AreKeptOnceInTheirFirstSpelling()
    {
        var words = KeywordSet.Merge(["Love", " hi "], ["love", "LOVE", "HI", "apple", "  "]);

        Assert.Equal(["Love", "hi", "apple"], words);
    }

    [Fact]
    public void Merge_DecomposedAndComposedSpellings_AreOneWordInNfc()
    {
        var decomposed = "cafe\u0301";

        var words = KeywordSet.Merge([decomposed], ["café", "CAFÉ"]);

        Assert.Equal(["café"], words);
        Assert.Equal(4, words[0].Length);
    }

    [Fact]
    public void Merge_ALoneSurrogate_DoesNotThrow()
    {
        var words = KeywordSet.Merge(["a\uD800"], []);

        Assert.Equal(["a\uFFFD"], words);
    }

    [Fact]
    public void Merge_NothingGiven_IsEmpty()
    {
        Assert.Empty(KeywordSet.Merge([], ["", "   "]));
    }
}
