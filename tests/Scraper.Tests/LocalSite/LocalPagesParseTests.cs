using Scraper.Fetching;
using Scraper.LocalSite.Words;
using Scraper.Lookup;
using Scraper.Parsing;
using Scraper.Results;
using Scraper.Sites;
using Scraper.Tests.Parsing;

using Scraper.Tests.Support;

namespace Scraper.Tests.LocalSite;

/// <summary>The local pages read with the product's own parser and profiles, not a stand-in reader.</summary>
public sealed class LocalPagesParseTests(LocalSiteFixture site) : IClassFixture<LocalSiteFixture>
{
    public static TheoryData<string, string, int> Pages()
    {
        var pages = new TheoryData<string, string, int>();
        foreach (var word in AuthoredWords.All.OrderBy(w => w.Slug, StringComparer.Ordinal))
        {
            for (var n = 1; n <= word.Homographs.Count; n++)
            {
                pages.Add("macmillan", word.Slug, n);
                pages.Add("macmillan-uk", word.Slug, n);
            }
        }

        return pages;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_authored_page_parses_with_the_real_parser_to_exactly_the_authored_entry(string profileName, string slug, int homograph)
    {
        var word = AuthoredWords.Find(slug)!;
        var url = PageUrl(profileName, word.PageSlug(homograph));
        var html = await site.Client.GetStringAsync(url, TestContext.Current.CancellationToken);

        var page = Parser(profileName).ParseHtml(html, url);

        Assert.Equal(PageKind.Entry, page.Kind);
        var parsed = Assert.Single(page.Entries);
        Assert.Equal(EntryRendering.Render(word.Homographs[homograph - 1]), EntryRendering.Render(parsed));
    }

    [Theory]
    [InlineData("macmillan")]
    [InlineData("macmillan-uk")]
    public async Task A_generated_word_parses_as_an_entry_with_at_least_one_sense(string profileName)
    {
        var url = PageUrl(profileName, "lanternfish");
        var html = await site.Client.GetStringAsync(url, TestContext.Current.CancellationToken);

        var page = Parser(profileName).ParseHtml(html, url);

        Assert.Equal(PageKind.Entry, page.Kind);
        var entry = Assert.Single(page.Entries);
        Assert.Equal("lanternfish", entry.Headword);
        Assert.NotEmpty(entry.Senses);
        Assert.All(entry.Senses, sense => Assert.False(string.IsNullOrWhiteSpace(sense.Definition)));
    }

    [Theory]
    [InlineData("macmillan")]
    [InlineData("macmillan-uk")]
    public async Task A_zz_word_parses_as_not_found_with_ten_suggestions(string profileName)
    {
        var url = PageUrl(profileName, "zzjumblish");
        var html = await site.Client.GetStringAsync(url, TestContext.Current.CancellationToken);

        var page = Parser(profileName).ParseHtml(html, url);

        Assert.Equal(PageKind.NotFound, page.Kind);
        Assert.Empty(page.Entries);
        Assert.Equal(10, page.Suggestions.Distinct().Count());
    }

    [Fact]
    public async Task Looking_up_love_with_all_homographs_returns_both_authored_entries()
    {
        var lookup = Lookup(HomographMode.All, out var session);
        using var _ = session;

        var result = await session.LookupAsync(lookup, "love", TestContext.Current.CancellationToken);

        Assert.Equal(LookupStatus.Found, result.Status);
        Assert.Equal(
            string.Concat(AuthoredWords.Find("love")!.Homographs.Select(EntryRendering.Render)),
            string.Concat(result.Entries.Select(EntryRendering.Render)));
    }

    [Fact]
    public async Task Looking_up_a_generated_word_is_found_and_a_zz_word_is_not_found_with_suggestions()
    {
        var lookup = Lookup(HomographMode.First, out var session);
        using var _ = session;

        var generated = await session.LookupAsync(lookup, "lanternfish", TestContext.Current.CancellationToken);
        var unknown = await session.LookupAsync(lookup, "zzjumblish", TestContext.Current.CancellationToken);

        Assert.Equal(LookupStatus.Found, generated.Status);
        Assert.NotEmpty(Assert.Single(generated.Entries).Senses);
        Assert.Equal(LookupStatus.NotFound, unknown.Status);
        Assert.Equal(10, unknown.Suggestions.Count);
    }

    private static PageParser Parser(string profileName) => new(SiteCatalog.Find(profileName)!);

    private Uri PageUrl(string profileName, string pageSlug) =>
        new(site.Site.BaseUrl, SiteCatalog.Find(profileName)!.PathTemplate.Replace("{slug}", pageSlug, StringComparison.Ordinal));

    private WordLookup Lookup(HomographMode homographs, out LookupSession session)
    {
        session = Engine.Session(homographs: homographs);
        return session.Site("macmillan", site.Site.BaseUrl);
    }
}
