using Scraper.Output;
using Scraper.Results;

namespace Scraper.Tests.Output;

/// <summary>The glossary links each entry's recordings after its pronunciation.</summary>
public sealed class MarkdownRecordingTests
{
    [Fact]
    public async Task Each_recording_is_a_link_named_by_its_accent()
    {
        var love = SampleResults.Love with
        {
            Entries =
            [
                SampleResults.Love.Entries[0] with
                {
                    Audio = [new Recording("https://d.example/media/uk_pron/love_(1).mp3", "uk"), new Recording("https://d.example/love.mp3", null)],
                },
            ],
        };
        await using var text = new StringWriter();
        await using (var writer = ResultWriters.Create(ResultFormat.Markdown, text))
        {
            await writer.WriteAsync(love, TestContext.Current.CancellationToken);
        }

        Assert.Contains("**love** 1 *verb* /lʌv/ [♪ uk](<https://d.example/media/uk_pron/love_(1).mp3>) [♪](<https://d.example/love.mp3>)\n", text.ToString(), StringComparison.Ordinal);
    }
}
