using Scraper.Parsing;

namespace Scraper.Tests.Parsing;

/// <summary>Every profile's "no such word" page and the refusals seen in front of the sites, on fixture pages.</summary>
public sealed class NotFoundAndBlockedPageTests
{
    // Profile, fixture folder, file, the suggestions in page order. Cambridge's page first lists the word
    // "in other dictionaries" (Dutch-English, French-English): those links are not suggestions.
    public static readonly TheoryData<string, string, string, string[]> NotFoundPages = new()
    {
        { "cambridge", "cambridge", "quindel-notfound.html", ["quindle", "kindle", "spindle"] },
        { "longman", "longman", "quindel-notfound.html", ["quindle", "kindle"] },
        { "oxford", "oxford", "quindel-notfound.html", ["quindle", "spindle"] },
        { "oxford", "oxford", "plondar-notfound.html", ["plonder", "ponder"] },
        { "merriam-webster", "merriam-webster", "quindel-notfound.html", ["quindle", "spindle", "kindle"] },
        { "macmillan-archive", "macmillan-archive", "quindel-notfound.html", ["quindle", "spindle"] },
        { "wiktionary", "wiktionary", "missing.html", [] },
        { "wiktionary", "wiktionary", "sproet-dutch-only.html", [] },
    };

    [Theory]
    [MemberData(nameof(NotFoundPages))]
    public void A_not_found_page_gives_its_suggestions(string profile, string folder, string fileName, string[] suggestions)
    {
        // Act
        var page = new SiteFixtures(profile, folder).Parse(fileName, "quindel");

        // Assert
        Assert.Equal(PageKind.NotFound, page.Kind);
        Assert.Equal(suggestions, page.Suggestions);
        Assert.Empty(page.Entries);
    }

    [Theory]
    [InlineData("cambridge", "challenge.html")]
    [InlineData("merriam-webster", "access-denied.html")]
    public void A_challenge_or_refusal_is_blocked_not_unknown(string profile, string fileName)
    {
        // Act
        var page = new SiteFixtures(profile).Parse(fileName, "quindle");

        // Assert
        Assert.Equal(PageKind.Blocked, page.Kind);
        Assert.Empty(page.Entries);
    }
}
