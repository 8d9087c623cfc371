using Scraper.LocalSite.Words;
using Scraper.Results;

namespace Scraper.Tests.LocalSite;

public sealed class AuthoredPagesTests(LocalSiteFixture site) : IClassFixture<LocalSiteFixture>
{
    public static TheoryData<string, string> Pages()
    {
        var pages = new TheoryData<string, string>();
        foreach (var word in AuthoredWords.All)
        {
            for (var n = 1; n <= word.Homographs.Count; n++)
            {
                pages.Add("/us/dictionary/american/", word.PageSlug(n));
                pages.Add("/dictionary/british/", word.PageSlug(n));
            }
        }

        return pages;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Each_authored_page_reads_back_as_exactly_the_authored_entry(string edition, string pageSlug)
    {
        var slug = pageSlug.Split('_')[0];
        var number = pageSlug.Contains('_') ? int.Parse(pageSlug.Split('_')[1]) : 1;
        var expected = AuthoredWords.Find(slug)!.Homographs[number - 1];

        using var document = MacmillanPageReader.Parse(await site.GetPageAsync(edition + pageSlug));
        var actual = MacmillanPageReader.ReadEntry(document);

        AssertSameEntry(expected, actual);
    }

    [Fact]
    public void The_authored_words_are_the_13_keywords_with_homographs_and_subsenses()
    {
        string[] keywords = ["hi", "apple", "banana", "call", "feel", "hello", "bye", "like", "love", "environmental", "buzz", "ambition", "determine"];

        Assert.Equal(keywords.Order(), AuthoredWords.All.Select(w => w.Slug).Order());
        Assert.True(AuthoredWords.All.Count(w => w.HasHomographs) >= 2);
        Assert.Contains(AuthoredWords.All, w => w.Homographs.Any(e => e.Senses.Any(s => s.Subsenses.Count > 0)));
        Assert.All(AuthoredWords.All.SelectMany(w => w.Homographs), e => Assert.True(e.Senses.Count >= 3, e.Headword));
    }

    [Fact]
    public async Task The_bare_slug_serves_the_first_homograph_with_its_canonical_url()
    {
        var bare = await site.GetPageAsync("/dictionary/british/love");
        var first = await site.GetPageAsync("/dictionary/british/love_1");

        Assert.Equal(first, bare);
        using var document = MacmillanPageReader.Parse(bare);
        Assert.Equal(new Uri(site.Site.BaseUrl, "/dictionary/british/love_1").ToString(), document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/dictionary/british/")]
    [InlineData("/us/dictionary/american/")]
    public async Task Love_1_and_love_2_link_each_other_on_the_same_site_and_edition(string edition)
    {
        using var first = MacmillanPageReader.Parse(await site.GetPageAsync(edition + "love"));
        using var second = MacmillanPageReader.Parse(await site.GetPageAsync(edition + "love_2"));

        Assert.Equal([new Uri(site.Site.BaseUrl, edition + "love_2").ToString()], MacmillanPageReader.HomographLinks(first));
        Assert.Equal([new Uri(site.Site.BaseUrl, edition + "love_1").ToString()], MacmillanPageReader.HomographLinks(second));
    }

    [Fact]
    public async Task A_word_with_one_entry_has_no_homograph_pages()
    {
        using var response = await site.Client.GetAsync(new Uri(site.Site.BaseUrl, "/dictionary/british/apple_1"), TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    private static void AssertSameEntry(Entry expected, Entry? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Headword, actual.Headword);
        Assert.Equal(expected.Homograph, actual.Homograph);
        Assert.Equal(expected.PartOfSpeech, actual.PartOfSpeech);
        Assert.Equal(expected.Pronunciation, actual.Pronunciation);
        Assert.Equal(expected.Senses.Count, actual.Senses.Count);
        foreach (var (want, got) in expected.Senses.Zip(actual.Senses))
        {
            Assert.Equal(want.Definition, got.Definition);
            Assert.Equal(want.Examples, got.Examples);
            Assert.Equal(want.Subsenses.Count, got.Subsenses.Count);
            foreach (var (wantSub, gotSub) in want.Subsenses.Zip(got.Subsenses))
            {
                Assert.Equal(wantSub.Definition, gotSub.Definition);
                Assert.Equal(wantSub.Examples, gotSub.Examples);
            }
        }
    }
}
