using Scraper.Parsing;

namespace Scraper.Tests.Parsing;

/// <summary>An empty page says which step of the reading found nothing, and the selector that step used.</summary>
public sealed class EmptyReasonTests
{
    private const string Headword = "<div id=\"headword\"><span class=\"BASE\">florp</span></div>";

    [Theory]
    [InlineData("<p>A page about something else.</p>",
        "no entry block on the page: nothing matches Entry '#entryContent'")]
    [InlineData("<div id=\"entryContent\"><h1 class=\"title\">florp</h1><ol class=\"senses\"><li><div class=\"SENSE-BODY\"><span class=\"DEFINITION\">a thing</span></div></li></ol></div>",
        "an entry block but no headword: nothing in it matches Headword '#headword .BASE, .big-title .BASE'")]
    [InlineData("<div id=\"entryContent\">" + Headword + "<ul class=\"meanings\"><li>a thing</li></ul></div>",
        "an entry block with a headword but no senses: nothing in it matches Sense 'ol.senses > li'")]
    [InlineData("<div id=\"entryContent\">" + Headword + "<ol class=\"senses\"><li><div class=\"SENSE-BODY\"><span class=\"MEANING\">a thing</span></div></li></ol></div>",
        "1 sense but no definitions: nothing in them matches Definition '.SENSE-BODY .DEFINITION, .SENSE-CONTENT .DEFINITION' nor Subsense 'ol.SUB-SENSES > li' with a SubsenseDefinition '.SUB-SENSE-CONTENT .DEFINITION'")]
    public void A_macmillan_page_names_the_step_that_found_nothing(string body, string reason)
    {
        // Act
        var page = new SiteFixtures("macmillan-uk").Parser.ParseHtml(Page(body), new Uri("https://www.macmillandictionary.com/dictionary/british/florp"));

        // Assert
        Assert.Equal((PageKind.Empty, reason), (page.Kind, page.EmptyReason));
    }

    [Fact]
    public void A_cambridge_page_without_its_dictionary_body_names_the_entry_scope()
    {
        // Act
        var page = new SiteFixtures("cambridge").Parser.ParseHtml(Page("<div class=\"entry-body__el\"></div>"), new Uri("https://dictionary.cambridge.org/dictionary/english/florp"));

        // Assert
        Assert.Equal("no entry scope on the page: nothing matches EntryScope '.di-body'", page.EmptyReason);
    }

    [Fact]
    public void A_merriam_webster_block_without_a_headword_names_the_header_selector_too()
    {
        // Act
        var page = new SiteFixtures("merriam-webster").Parser.ParseHtml(
            Page("<div id=\"dictionary-entry-1\"><div class=\"vg\"><div class=\"sb\"><span class=\"sb-0\"><span class=\"dtText\">a thing</span></span></div></div></div>"),
            new Uri("https://www.merriam-webster.com/dictionary/florp"));

        // Assert
        Assert.Equal(
            "an entry block but no headword: nothing in it matches Headword '.hword', nor in a header before it (EntryHeader '.entry-header, .entry-attr, .headword-row')",
            page.EmptyReason);
    }

    [Fact]
    public void Only_an_empty_page_has_a_reason()
    {
        // Act
        var page = new SiteFixtures("merriam-webster").Parse("glimmet-2019.html", "glimmet");

        // Assert
        Assert.Equal((PageKind.Entry, null), (page.Kind, page.EmptyReason));
    }

    private static string Page(string body) => $"<!DOCTYPE html><html><head><title>florp</title></head><body>{body}</body></html>";
}
