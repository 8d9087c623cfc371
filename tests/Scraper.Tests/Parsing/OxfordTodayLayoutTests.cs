using Scraper.Results;

namespace Scraper.Tests.Parsing;

/// <summary>
/// The oxford profile on an invented page in the OALD10 markup that other scrapers' tests (2024-2026) mirror: no saved
/// page of it; the shape is theirs, the words are ours.
/// </summary>
public sealed class OxfordTodayLayoutTests
{
    private static readonly SiteFixtures Site = new("oxford");

    [Fact]
    public void Senses_in_an_unclassed_list_are_read_with_the_headword_without_its_homograph_number()
    {
        // Arrange
        var expected = new Entry("brindle", 1, "verb", "/ˈbrɪndl/",
        [
            new Sense("to mark an animal's coat with streaks of a darker colour", ["Age had brindled the old dog's muzzle."], []),
            new Sense("to turn streaky with age", [], []),
        ]);

        // Act
        var page = Site.Parse("brindle-oald10.html", "brindle_1");

        // Assert
        Assert.Equal(EntryRendering.Render(expected), string.Concat(page.Entries.Select(EntryRendering.Render)));
        PageAssert.NotRead(page, "extra example", "synonym box", "idiom");
    }

    [Fact]
    public void The_recordings_are_the_headwords_not_its_verb_forms()
    {
        // Act
        var entry = Assert.Single(Site.Parse("brindle-oald10.html", "brindle_1").Entries);

        // Assert
        Assert.Equal(
            [("https://www.oxfordlearnersdictionaries.com/media/english/uk_pron/b/bri/brindle_gb_1.mp3", "uk"), ("https://www.oxfordlearnersdictionaries.com/media/english/us_pron/b/bri/brindle_us_1.mp3", "us")],
            entry.Audio.Select(a => (a.Url, a.Region)));
    }
}
