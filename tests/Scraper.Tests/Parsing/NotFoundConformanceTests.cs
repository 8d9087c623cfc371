using Scraper.Parsing;

namespace Scraper.Tests.Parsing;

/// <summary>The real saved "no such word" pages (../shared/dictionary-pages), suggestions read off the pages.</summary>
public sealed class NotFoundConformanceTests
{
    // Cambridge's spelling page first lists appel "in other dictionaries" (Danish, Dutch, French): not suggestions.
    public static readonly TheoryData<string, string, string[]> Pages = new()
    {
        { "cambridge", "appel-notfound.html", ["appeal", "rappel", "appal", "apparel", "appeals", "appall", "appals", "appear", "append", "apples"] },
        { "longman", "jumblish-notfound.html", ["jumbles", "publish", "bullish", "bumbles", "bumbling", "demolish", "fumbles", "fumbling", "humbles", "humblest"] },
        { "oxford", "jumblish-notfound.html", ["jumbles", "jumbling", "publish", "bullish", "bumbles", "bumbling", "demolish", "fumbles", "fumbling", "humbles"] },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_saved_not_found_page_gives_its_suggestions(string site, string fileName, string[] suggestions)
    {
        // Act
        var page = SavedPages.Parse(new SiteFixtures(site), site, fileName, "jumblish");

        // Assert
        Assert.Equal(PageKind.NotFound, page.Kind);
        Assert.Equal(suggestions, page.Suggestions);
    }
}
