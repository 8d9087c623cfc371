using Scraper.Parsing;

namespace Scraper.Tests.Parsing;

/// <summary>
/// A page whose layout moved (a class renamed where the definitions or the headword sat) must come back empty, the
/// markup's drift, for every site: never found with a part of its senses, nor with only the cross-references that
/// still matched.
/// </summary>
public sealed class LayoutDriftTests
{
    // Each case: profile, fixture folder, page, slug, and the class names replaced ("a|b" renames a and b).
    public static readonly TheoryData<string, string, string, string, string, string> RenamedDefinitions = new()
    {
        { "macmillan-uk", "macmillan", "florp_2.html", "florp_2", "class=\"DEFINITION\"", "class=\"DEF-TEXT\"" },
        { "macmillan-archive", "macmillan-archive", "quindle_1.html", "quindle", "class=\"DEFINITION\"", "class=\"DEF-TEXT\"" },
        { "cambridge", "cambridge", "quindle.html", "quindle", "def ddef_d db", "ddef_text db" },
        { "longman", "longman", "quindle.html", "quindle", "class=\"DEF\"", "class=\"MEANING\"" },
        { "longman", "longman", "yoohay.html", "yoohay", "class=\"DEF\"", "class=\"MEANING\"" },
        { "oxford", "oxford", "quindle_1.html", "quindle_1", "class=\"def\"", "class=\"meaning\"" },
        { "oxford", "oxford", "plonder_1.html", "plonder_1", "class=\"def\"", "class=\"meaning\"" },
        { "collins", "collins", "quindle.html", "quindle", "class=\"def\"", "class=\"meaning\"" },
        { "merriam-webster", "merriam-webster", "quindle.html", "quindle", "class=\"dtText\"", "class=\"dt-text\"" },
    };

    public static readonly TheoryData<string, string, string, string, string, string> RenamedHeadwords = new()
    {
        { "macmillan-uk", "macmillan", "florp_2.html", "florp_2", "class=\"BASE", "class=\"BASE-WORD" },
        { "cambridge", "cambridge", "quindle.html", "quindle", "hw dhw|headword", "hword|title-word" },
        { "longman", "longman", "quindle.html", "quindle", "class=\"HWD\"", "class=\"HEADWORD\"" },
        { "oxford", "oxford", "plonder_1.html", "plonder_1", "class=\"headword\"", "class=\"hw\"" },
        { "collins", "collins", "quindle.html", "quindle", "class=\"orth\"", "class=\"form\"" },
        { "wiktionary", "wiktionary", "quindle.html", "quindle", "headword", "head-word" },
        { "wiktionary", "wiktionary", "quindle-2024.html", "quindle", "headword", "head-word" },
        { "merriam-webster", "merriam-webster", "quindle.html", "quindle", "class=\"hword\"", "class=\"head-word\"" },
    };

    [Theory]
    [MemberData(nameof(RenamedDefinitions))]
    public void A_page_whose_definitions_moved_is_empty(string site, string folder, string fileName, string slug, string from, string to) =>
        AssertEmpty(site, folder, fileName, slug, from, to);

    [Theory]
    [MemberData(nameof(RenamedHeadwords))]
    public void A_page_whose_headword_moved_is_empty(string site, string folder, string fileName, string slug, string from, string to) =>
        AssertEmpty(site, folder, fileName, slug, from, to);

    private static void AssertEmpty(string site, string folder, string fileName, string slug, string from, string to)
    {
        // Arrange
        var fixtures = new SiteFixtures(site, folder);
        var original = fixtures.Read(fileName);
        Assert.Equal(PageKind.Entry, fixtures.Parser.ParseHtml(original, fixtures.Url(slug)).Kind);
        var drifted = original;
        foreach (var (old, renamed) in from.Split('|').Zip(to.Split('|')))
        {
            Assert.Contains(old, drifted, StringComparison.Ordinal);
            drifted = drifted.Replace(old, renamed, StringComparison.Ordinal);
        }

        // Act
        var page = fixtures.Parser.ParseHtml(drifted, fixtures.Url(slug));

        // Assert
        Assert.Equal(PageKind.Empty, page.Kind);
        Assert.Empty(page.Entries);
    }
}
