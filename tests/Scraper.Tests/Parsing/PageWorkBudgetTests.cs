using System.Text;
using Scraper.Parsing;
using Scraper.Sites;

namespace Scraper.Tests.Parsing;

/// <summary>
/// The budget covers all the work done with a page, not only building its DOM: the selector queries are bounded and
/// stop at Ctrl+C. Unbounded, each of these pages kept its word busy for minutes (the tests' timeouts say "hung"; a
/// bounded run takes well under a second).
/// </summary>
public sealed class PageWorkBudgetTests
{
    private const int Hung = 8_000;
    private static readonly SiteProfile Profile = SiteCatalog.Find("macmillan-uk")!;

    [Fact(Timeout = Hung)]
    public async Task An_entry_with_9000_nested_elements_shaped_like_the_first_part_of_the_audio_selector_is_read_at_once()
    {
        // Arrange: every level matches ".PRONS" and ".sound[data-src-mp3]", none sits in "#headbar"
        var page = WithinEntry(MacmillanFixtures.Read("florp_1.html"), Nest("<span class=\"PRONS sound\" data-src-mp3=\"/uk_pron/x.mp3\">", "</span>", 9000));

        // Act
        var parsed = await Task.Run(() => MacmillanFixtures.Parser.Parse(Encoding.UTF8.GetBytes(page), "text/html; charset=utf-8", MacmillanFixtures.PageUrl("florp_1"), cancellationToken: TestContext.Current.CancellationToken));

        // Assert: the entry as without the nesting, whose elements are in no "#headbar" and so no recording
        var entry = Assert.Single(parsed.Entries);
        Assert.Equal(Assert.Single(MacmillanFixtures.Parse("florp_1.html", "florp_1").Entries).Audio, entry.Audio);
    }

    [Fact(Timeout = Hung)]
    public async Task A_site_files_nested_has_selector_on_a_deeply_nested_page_is_read_at_once()
    {
        // Arrange: 3,000 nested <div>s (a 33 KB page), and a sense selector that nests :has() in :has()
        var profile = Profile with
        {
            Selectors = Profile.Selectors with { Sense = "ol.senses > li:not(:has(div:has(div:has(b.never))))" },
        };
        var page = WithinEntry(MacmillanFixtures.Read("florp_1.html"), Nest("<div>", "</div>", 3000));

        // Act
        var parsed = await Task.Run(() => new PageParser(profile).Parse(Encoding.UTF8.GetBytes(page), "text/html", MacmillanFixtures.PageUrl("florp_1"), cancellationToken: TestContext.Current.CancellationToken));

        // Assert: no sense has such a <b>, so every sense is read
        Assert.Equal(3, Assert.Single(parsed.Entries).Senses.Count);
    }

    [Fact]
    public void Ctrl_c_after_the_parse_stops_the_queries_on_the_page()
    {
        // Arrange: a page parsed under a budget, then Ctrl+C
        using var ctrlC = new CancellationTokenSource();
        using var budget = ParseBudget.Start(ctrlC.Token);
        using var document = PageDocuments.Parse(Encoding.UTF8.GetBytes(MacmillanFixtures.Read("florp_1.html")), "text/html", TestContext.Current.CancellationToken);
        var senses = new CompiledSelectors(Profile.Selectors).Sense;
        ctrlC.Cancel();

        // Act and Assert
        Assert.Throws<OperationCanceledException>(() => document.All(senses));
    }

    private static string WithinEntry(string page, string inserted)
    {
        const string Entry = "<div id=\"entryContent\" class=\"responsive_row\">";
        return page.Replace(Entry, Entry + inserted, StringComparison.Ordinal);
    }

    private static string Nest(string open, string close, int levels) =>
        new StringBuilder().Insert(0, open, levels).Append("deep").Append(new StringBuilder().Insert(0, close, levels)).ToString();
}
