using Scraper.Parsing;
using static Scraper.Tests.Parsing.MacmillanFixtures;

namespace Scraper.Tests.Parsing;

public sealed class PageParserConcurrencyTests
{
    [Fact]
    public async Task One_parser_used_from_many_tasks_at_once_reads_every_page_as_it_does_alone()
    {
        // Arrange
        (string File, string Slug)[] pages =
        [
            ("florp_1.html", "florp"), ("florp_2.html", "florp_2"), ("snargle-notfound.html", "snargle"),
            ("drifted.html", "florp"), ("challenge.html", "florp"),
        ];
        var inputs = pages.Select(p => (Html: Read(p.File), Url: PageUrl(p.Slug))).ToArray();
        var alone = inputs.Select(i => EntryRendering.Render(Parser.Parse(i.Html, i.Url))).ToArray();

        // Act
        var together = await Task.WhenAll(Enumerable.Range(0, 200).Select(n => Task.Run(() =>
        {
            var input = inputs[n % inputs.Length];
            return (Index: n % inputs.Length, Page: Parser.Parse(input.Html, input.Url));
        }, TestContext.Current.CancellationToken)));

        // Assert
        foreach (var (index, page) in together)
        {
            Assert.Equal(alone[index], EntryRendering.Render(page));
        }
    }
}
