using Scraper.Parsing;
using static Scraper.Tests.Parsing.MacmillanFixtures;

namespace Scraper.Tests.Parsing;

public sealed class PageParserPageKindTests
{
    [Fact]
    public void A_not_found_page_yields_its_suggestions_in_order_each_once()
    {
        // Act
        var page = Parse("snargle-notfound.html", "snargle");

        // Assert
        Assert.Equal(PageKind.NotFound, page.Kind);
        Assert.Equal(["snarl", "snarled", "gargle", "spangle"], page.Suggestions);
        Assert.Empty(page.Entries);
        Assert.Empty(page.HomographLinks);
    }

    [Fact]
    public void A_page_whose_classes_were_renamed_is_empty()
    {
        // Act
        var page = Parse("drifted.html", "florp");

        // Assert
        Assert.Equal(PageKind.Empty, page.Kind);
        Assert.Empty(page.Entries);
        Assert.Empty(page.HomographLinks);
    }

    [Fact]
    public void A_cloudflare_challenge_is_blocked()
    {
        // Act
        var page = Parse("challenge.html", "florp");

        // Assert
        Assert.Equal(PageKind.Blocked, page.Kind);
        Assert.Empty(page.Entries);
    }

    [Theory]
    [InlineData("<title>Attention Required! | Cloudflare</title></head><body><h1>Sorry, you have been blocked</h1>")]
    [InlineData("<title>Access denied | www.example.com used Cloudflare to restrict access</title></head><body>")]
    [InlineData("<title>Florp</title></head><body><div id=\"challenge-running\">Checking your browser</div>")]
    [InlineData("<title>Florp</title></head><body><form action=\"/x?__cf_chl_tk=1\"></form>")]
    [InlineData("<title>Security check</title></head><body><form><div class=\"g-recaptcha\" data-sitekey=\"k\"></div></form>")]
    [InlineData("<title>One more step</title></head><body><div class=\"h-captcha\" data-sitekey=\"k\"></div>")]
    [InlineData("<title>Access Denied</title></head><body><h1>Access Denied</h1><p>You don't have permission.</p>")]
    [InlineData("<title>Error</title></head><body><h1>Access denied</h1>")]
    public void A_bot_challenge_or_refusal_is_blocked(string markup)
    {
        // Arrange
        var html = "<!DOCTYPE html><html><head>" + markup + "</body></html>";

        // Act
        var page = Parser.ParseHtml(html, PageUrl("florp"));

        // Assert
        Assert.Equal(PageKind.Blocked, page.Kind);
    }

    [Fact]
    public void A_challenge_form_wins_over_the_sites_not_found_markup()
    {
        // Arrange
        var html = Read("snargle-notfound.html").Replace("<div id=\"didyoumean\">", "<form id=\"challenge-form\"></form><div id=\"didyoumean\">", StringComparison.Ordinal);

        // Act
        var page = Parser.ParseHtml(html, PageUrl("snargle"));

        // Assert
        Assert.Equal(PageKind.Blocked, page.Kind);
    }

    [Fact]
    public void A_not_found_page_with_a_captcha_on_its_feedback_form_is_still_not_found()
    {
        // Arrange
        var html = Read("snargle-notfound.html").Replace("</body>", "<form><div class=\"g-recaptcha\"></div></form></body>", StringComparison.Ordinal);

        // Act
        var page = Parser.ParseHtml(html, PageUrl("snargle"));

        // Assert
        Assert.Equal(PageKind.NotFound, page.Kind);
    }

    [Fact]
    public void An_entry_page_with_a_captcha_form_and_captcha_words_in_its_scripts_is_not_blocked()
    {
        // Arrange: florp_1.html has a g-recaptcha feedback form and a script naming captchas.
        var html = Read("florp_1.html");

        // Act
        var page = Parser.ParseHtml(html, PageUrl("florp"));

        // Assert
        Assert.Equal(PageKind.Entry, page.Kind);
    }

    [Fact]
    public void A_dictionary_entry_for_the_word_captcha_is_not_blocked()
    {
        // Arrange
        var html = Read("florp_2.html").Replace("florp (noun) definition", "captcha (noun) definition", StringComparison.Ordinal);

        // Act
        var page = Parser.ParseHtml(html, PageUrl("captcha"));

        // Assert
        Assert.Equal(PageKind.Entry, page.Kind);
    }

    [Fact]
    public void A_page_that_is_not_html_at_all_is_empty()
    {
        // Act
        var page = Parser.ParseHtml("{\"error\": \"rate limited\"}", PageUrl("florp"));

        // Assert
        Assert.Equal(PageKind.Empty, page.Kind);
    }
}
