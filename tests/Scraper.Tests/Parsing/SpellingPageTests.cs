using Scraper.Parsing;

namespace Scraper.Tests.Parsing;

/// <summary>
/// An unknown word is sent to the site's spelling page (/spellcheck/...: Macmillan's, Longman's and Cambridge's
/// canonical addresses say so, Collins redirects there): a page served at that address is not-found, whatever its
/// markup, never drift.
/// </summary>
public sealed class SpellingPageTests
{
    [Fact]
    public void Collins_spelling_page_is_not_found_with_its_suggestions()
    {
        // Arrange
        var site = new SiteFixtures("collins");

        // Act: the page as the redirect left it.
        var page = site.Parser.ParseHtml(site.Read("zorpel-spellcheck.html"), new Uri("https://www.collinsdictionary.com/spellcheck/english?q=zorpel"));

        // Assert
        Assert.Equal(PageKind.NotFound, page.Kind);
        Assert.Equal(["zorple", "sorrel"], page.Suggestions);
    }

    [Fact]
    public void The_same_page_at_an_entry_address_is_drift()
    {
        // Arrange
        var site = new SiteFixtures("collins");

        // Act
        var page = site.Parse("zorpel-spellcheck.html", "zorpel");

        // Assert
        Assert.Equal(PageKind.Empty, page.Kind);
    }
}
