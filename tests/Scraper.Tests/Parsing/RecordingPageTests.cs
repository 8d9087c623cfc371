using Scraper.Parsing;
using Scraper.Results;
using Scraper.Sites;

namespace Scraper.Tests.Parsing;

/// <summary>The pronunciation recordings read from the invented pages of Fixtures/, one per site and layout that links them.</summary>
public sealed class RecordingPageTests
{
    [Fact]
    public void Macmillan_2018_recording_is_resolved_trimmed_and_british_and_its_duplicate_and_a_script_link_are_dropped()
    {
        var entry = Assert.Single(MacmillanFixtures.Parse("florp_1.html", "florp_1").Entries);

        Assert.Equal(
            [new Recording("https://www.macmillandictionary.com/media/british/uk_pron/f/flo/florp/florp_British_English_pronunciation.mp3", "uk")],
            entry.Audio);
    }

    [Fact]
    public void Macmillan_later_layout_recording_is_american_by_its_path()
    {
        var entry = Assert.Single(new SiteFixtures("macmillan", "macmillan-archive").Parse("quindle_1.html", "quindle_1").Entries);

        Assert.Equal(
            [new Recording("https://www.macmillandictionary.com/us/media/american/us_pron/q/qui/quindle/quindle_American_English_pronunciation.mp3", "us")],
            entry.Audio);
    }

    [Fact]
    public void Oxford_2018_layout_gives_british_then_american()
    {
        var entry = Assert.Single(new SiteFixtures("oxford").Parse("quindle_1.html", "quindle_1").Entries);

        Assert.Equal(
            [
                new Recording("https://www.oxfordlearnersdictionaries.com/media/quindle_gb.mp3", "uk"),
                new Recording("https://www.oxfordlearnersdictionaries.com/media/quindle_us.mp3", "us"),
            ],
            entry.Audio);
    }

    [Fact]
    public void Oxford_later_layout_gives_british_then_american()
    {
        var entry = Assert.Single(new SiteFixtures("oxford").Parse("plonder_1.html", "plonder_1").Entries);

        Assert.Equal(
            [
                new Recording("https://www.oxfordlearnersdictionaries.com/media/plonder__gb_1.mp3", "uk"),
                new Recording("https://www.oxfordlearnersdictionaries.com/media/plonder__us_1.mp3", "us"),
            ],
            entry.Audio);
    }

    [Fact]
    public void Longman_gives_the_heads_recordings_not_the_examples_and_none_for_a_homograph_without()
    {
        var entries = new SiteFixtures("longman").Parse("quindle.html", "quindle").Entries;

        Assert.Equal(
            [
                new Recording("https://www.ldoceonline.com/media/quindle.mp3", "uk"),
                new Recording("https://www.ldoceonline.com/media/ame/quindle.mp3?version=2", "us"),
            ],
            entries[0].Audio);
        Assert.Empty(entries[1].Audio);
    }

    [Fact]
    public void Cambridge_takes_the_mp3_source_of_each_accent_resolved_against_the_page()
    {
        var entries = new SiteFixtures("cambridge").Parse("quindle.html", "quindle").Entries;

        Assert.Equal(
            [
                new Recording("https://dictionary.cambridge.org/media/uk/quindle.mp3", "uk"),
                new Recording("https://dictionary.cambridge.org/dictionary/english/media/us/quindle.mp3", "us"),
            ],
            entries[0].Audio);
    }

    [Fact]
    public void Collins_recording_has_no_accent()
    {
        var entry = Assert.Single(new SiteFixtures("collins").Parse("quindle.html", "quindle").Entries);

        Assert.Equal([new Recording("https://www.collinsdictionary.com/sounds/quindle.mp3", null)], entry.Audio);
    }

    [Fact]
    public void A_profile_without_an_audio_selector_gives_every_entry_an_empty_list()
    {
        var entries = new SiteFixtures("merriam-webster").Parse("quindle.html", "quindle").Entries;

        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.Empty(e.Audio));
    }

    [Fact]
    public void Recordings_follow_the_pages_final_url_after_a_redirect()
    {
        var site = new SiteFixtures("cambridge");
        var parser = new PageParser(site.Profile);

        var page = parser.ParseHtml(site.Read("quindle.html"), new Uri("https://mirror.example/dictionary/english/quindle"));

        Assert.Equal("https://mirror.example/media/uk/quindle.mp3", page.Entries[0].Audio[0].Url);
    }

    [Theory]
    [InlineData("ftp://host/a.mp3")]
    [InlineData("data:audio/mpeg;base64,AAAA")]
    [InlineData("https://user:pw@host/a.mp3")]
    [InlineData("https://host/a\u0007.mp3")]
    [InlineData("   ")]
    public void Links_that_are_not_plain_http_recordings_are_dropped(string link)
    {
        Assert.Null(RecordingReader.Resolve(link, new Uri("https://www.ldoceonline.com/dictionary/x")));
    }

    [Fact]
    public void A_site_file_may_name_the_audio_selectors_and_how_the_accent_is_read()
    {
        var origin = new Uri("https://plainwords.example");
        var json = Cli.SiteFiles.Plainwords(origin).Replace(
            "\"notFound\"",
            "\"audio\": \".word-head button.play\", \"audioUk\": \"[data-accent=uk]\", \"audioUs\": \"[data-accent=us]\", \"notFound\"",
            StringComparison.Ordinal);
        Assert.Null(SiteProfileFile.Parse(System.Text.Encoding.UTF8.GetBytes(json), out var profile));
        var html = Cli.SiteFiles.ReadFixture("kettle.html").Replace(
            "<span class=\"sound\">",
            "<button class=\"play\" data-accent=\"us\" data-src-mp3=\"/sounds/kettle-us.mp3\"></button>" +
            "<button class=\"play\" data-src-mp3=\"/sounds/kettle.mp3\"></button><span class=\"sound\">",
            StringComparison.Ordinal);

        var entry = Assert.Single(new PageParser(profile!).ParseHtml(html, new Uri(origin, "/words/kettle")).Entries);

        Assert.Equal(
            [new Recording("https://plainwords.example/sounds/kettle-us.mp3", "us"), new Recording("https://plainwords.example/sounds/kettle.mp3", null)],
            entry.Audio);
    }
}
