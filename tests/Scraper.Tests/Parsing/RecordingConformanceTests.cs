using Scraper.Results;

namespace Scraper.Tests.Parsing;

/// <summary>
/// The pronunciation recordings each profile reads from the real saved pages (shared/dictionary-pages, skipped where
/// absent): the URLs and accents as the pages' markup gives them.
/// </summary>
public sealed class RecordingConformanceTests
{
    [Fact]
    public void Macmillan_2018_pages_link_one_british_recording_by_the_headword()
    {
        var site = new SiteFixtures("macmillan-uk");

        var love = Assert.Single(SavedPages.Parse(site, "macmillan-uk", "love.html", "love").Entries);
        var love2 = Assert.Single(SavedPages.Parse(site, "macmillan-uk", "love_2.html", "love_2").Entries);

        Assert.Equal(
            [new Recording("https://www.macmillandictionary.com/media/british/uk_pron/l/lov/love_/love_British_English_pronunciation_85651.mp3", "uk")],
            love.Audio);
        Assert.Equal(
            [new Recording("https://www.macmillandictionary.com/media/british/uk_pron/l/lov/love_/love_British_English_pronunciation.mp3", "uk")],
            love2.Audio);
    }

    [Theory]
    [InlineData("love_1.html", "love_1")]
    [InlineData("love_2.html", "love_2")]
    public void Oxford_2018_pages_link_the_headwords_british_and_american_recordings_not_its_verb_forms(string fileName, string slug)
    {
        var entry = Assert.Single(SavedPages.Parse(new SiteFixtures("oxford"), "oxford", fileName, slug).Entries);

        Assert.Equal(
            [
                new Recording("https://www.oxfordlearnersdictionaries.com/media/english/uk_pron/l/lov/love_/love__gb_1.mp3", "uk"),
                new Recording("https://www.oxfordlearnersdictionaries.com/media/english/us_pron/l/lov/love_/love__us_1.mp3", "us"),
            ],
            entry.Audio);
    }

    [Fact]
    public void Longman_links_british_and_american_recordings_on_each_homograph_not_the_examples_speakers()
    {
        var entries = SavedPages.Parse(new SiteFixtures("longman"), "longman", "love.html", "love").Entries;

        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal(
            [
                new Recording("https://d27ucmmhxk51xv.cloudfront.net/media/english/breProns/brelasdelove.mp3?version=1.1.55", "uk"),
                new Recording("https://d27ucmmhxk51xv.cloudfront.net/media/english/ameProns/love1.mp3?version=1.1.55", "us"),
            ],
            e.Audio));
    }

    [Theory]
    [InlineData("make.html", "make", "https://dictionary.cambridge.org/media/english/uk_pron/u/ukm/ukmai/ukmains015.mp3", "https://dictionary.cambridge.org/media/english/us_pron/m/mak/make_/make.mp3")]
    [InlineData("apple.html", "apple", "https://dictionary.cambridge.org/media/english/uk_pron/u/uka/ukapp/ukappen014.mp3", "https://dictionary.cambridge.org/media/english/us_pron/a/app/apple/apple.mp3")]
    [InlineData("hello-entry-fragment.html", "hello", "https://dictionary.cambridge.org/media/english/uk_pron/u/ukh/ukhef/ukheft_029.mp3", "https://dictionary.cambridge.org/media/english/us_pron/h/hel/hello/hello.mp3")]
    public void Cambridge_relative_sources_resolve_against_the_page_with_their_accents(string fileName, string slug, string uk, string us)
    {
        var entries = SavedPages.Parse(new SiteFixtures("cambridge"), "cambridge", fileName, slug).Entries;

        Assert.Equal([new Recording(uk, "uk"), new Recording(us, "us")], entries[0].Audio);
    }

    [Fact]
    public void Collins_links_one_recording_whose_accent_the_page_does_not_say()
    {
        var entry = Assert.Single(SavedPages.Parse(new SiteFixtures("collins"), "collins", "how.html", "how").Entries);

        Assert.Equal([new Recording("https://www.collinsdictionary.com/sounds/2/270/27005/27005.mp3", null)], entry.Audio);
    }
}
