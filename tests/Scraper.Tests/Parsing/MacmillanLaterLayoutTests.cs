using Scraper.Parsing;
using Scraper.Results;

namespace Scraper.Tests.Parsing;

/// <summary>
/// Macmillan's 2019-2023 layout, which the Internet Archive serves, on pages written from other scrapers' selectors
/// (Fixtures/macmillan-archive): no real page of it was saved. The same selectors read the 2018 pages.
/// </summary>
public sealed class MacmillanLaterLayoutTests
{
    private static readonly SiteFixtures Archive = new("macmillan-archive");

    public static readonly TheoryData<string> Profiles = ["macmillan", "macmillan-uk", "macmillan-archive"];

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Every_macmillan_profile_reads_the_later_entry_with_its_sub_senses(string profile)
    {
        // Arrange
        var expected = new Entry("quindle", 1, "verb", "/ˈkwɪnd(ə)l/",
        [
            new Sense("to wind thread around a small stick", ["She quindled the wool before it could tangle.", "He quindled up the kite string."], []),
            new Sense("to delay doing something", [],
            [
                new Subsense("to delay a decision for as long as possible", ["The council quindled for weeks."]),
                new Subsense("to waste time on small tasks", []),
            ]),
        ]);
        var site = new SiteFixtures(profile, "macmillan-archive");

        // Act
        var page = site.Parse("quindle_1.html", "quindle");

        // Assert
        Assert.Equal(EntryRendering.Render(expected), EntryRendering.Render(Assert.Single(page.Entries)));
        PageAssert.NotRead(page, "thesaurus line", "word-of-the-day", "round stone");
    }

    [Fact]
    public void Related_entries_give_only_the_other_homograph_as_a_link()
    {
        // Act
        var first = Archive.Parse("quindle_1.html", "quindle");
        var second = Archive.Parse("quindle_2.html", "quindle_2");

        // Assert: links as the archived page wrote them, to the live site (quindle-stick and requindle_2 are other words).
        Assert.Equal([new Uri("https://www.macmillandictionary.com/us/dictionary/american/quindle_2")], first.HomographLinks);
        Assert.Equal([new Uri("https://www.macmillandictionary.com/us/dictionary/american/quindle_1")], second.HomographLinks);
        Assert.Equal((2, "noun"), (Assert.Single(second.Entries).Homograph, second.Entries[0].PartOfSpeech));
    }
}
