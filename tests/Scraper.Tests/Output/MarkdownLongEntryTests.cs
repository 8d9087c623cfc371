using System.Globalization;
using Scraper.Output;
using Scraper.Results;

namespace Scraper.Tests.Output;

/// <summary>
/// An entry of many senses (make, run and take have 20 or more) stays one numbered list in CommonMark, its examples and
/// sub-senses nested in their sense: everything under "N. " is indented by the marker's width, three spaces for
/// "9. ", four for "10. ", five for "100. " (CommonMark §5.2; one space fewer ends the item and restarts the list).
/// </summary>
public sealed class MarkdownLongEntryTests
{
    [Theory]
    [InlineData(9)]
    [InlineData(25)]
    [InlineData(120)]
    public async Task Every_sense_of_a_long_entry_keeps_its_examples_and_sub_senses_inside_its_item(int senses)
    {
        // Arrange
        var entry = new Entry("make", 1, "verb", null,
        [
            .. Enumerable.Range(1, senses).Select(i => new Sense($"sense {i}", [$"example {i}"], [new Subsense($"sub {i}", [$"sub example {i}"])])),
        ]);
        var result = new LookupResult { Keyword = "make", Site = "macmillan", Url = "http://127.0.0.1/make", Status = LookupStatus.Found, Entries = [entry] };

        // Act
        var lines = (await WriteAsync(result)).Split('\n');

        // Assert
        for (var i = 1; i <= senses; i++)
        {
            var marker = $"{i.ToString(CultureInfo.InvariantCulture)}. ";
            var at = Array.IndexOf(lines, marker + $"sense {i}");
            Assert.True(at > 0, $"sense {i} is an item of the list");
            var inner = new string(' ', marker.Length);
            Assert.Equal(
                [$"{inner}- *example {i}*", $"{inner}- (a) sub {i}", $"{inner}  - *sub example {i}*"],
                lines[(at + 1)..(at + 4)]);
        }
    }

    private static async Task<string> WriteAsync(LookupResult result)
    {
        await using var text = new StringWriter();
        await using (var writer = ResultWriters.Create(ResultFormat.Markdown, text))
        {
            await writer.WriteAsync(result, TestContext.Current.CancellationToken);
        }

        return text.ToString();
    }
}
