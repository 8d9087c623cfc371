using Scraper.Parsing;
using Scraper.Sites;

namespace Scraper.Tests.Sites;

public sealed class SiteCatalogTests
{
    public static readonly TheoryData<string> Names = [.. SiteCatalog.All.Select(p => p.Name)];

    [Fact]
    public void The_catalog_has_every_profile_of_the_issue_once()
    {
        Assert.Equal(
            ["macmillan", "macmillan-uk", "macmillan-archive", "cambridge", "longman", "oxford", "collins", "wiktionary", "merriam-webster"],
            SiteCatalog.All.Select(p => p.Name));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void A_profile_says_what_it_was_verified_on_and_which_words_check_it_and_its_selectors_compile(string name)
    {
        var profile = SiteCatalog.Find(name)!;

        Assert.NotEmpty(profile.VerifiedOn);
        Assert.NotEmpty(profile.Notes);
        Assert.NotEmpty(profile.CheckWords);
        Assert.Equal(1, profile.PathTemplate.Split("{slug}").Length - 1);
        Assert.EndsWith("{slug}", profile.PathTemplate, StringComparison.Ordinal);
        _ = new PageParser(profile);
    }

    [Fact]
    public void Merriam_webster_names_its_saved_page_and_the_archive_asks_for_a_low_rate()
    {
        Assert.StartsWith("saved 2019 page wine", SiteCatalog.Find("merriam-webster")!.VerifiedOn, StringComparison.Ordinal);
        Assert.True(SiteCatalog.Find("macmillan-archive")!.RequestsPerSecond <= 1);
        Assert.Null(SiteCatalog.Find("macmillan")!.RequestsPerSecond);
    }
}
