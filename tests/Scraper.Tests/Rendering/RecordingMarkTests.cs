using Scraper.Cli.Rendering;
using Scraper.Results;

namespace Scraper.Tests.Rendering;

/// <summary>The table says that an entry has recordings, and in which accents, on its head line: not their URLs.</summary>
public sealed class RecordingMarkTests
{
    [Theory]
    [InlineData(80)]
    [InlineData(200)]
    public void The_head_line_ends_with_a_note_and_the_accents(int width)
    {
        var lines = Render(width, With(new Recording("https://d.example/uk/love.mp3", "uk"), new Recording("https://d.example/us/love.mp3", "us"), new Recording("https://d.example/uk/love2.mp3", "uk")));

        Assert.Equal("love 1 noun /lʌv/ ♪ uk us", lines[0]);
        Assert.DoesNotContain(lines, l => l.Contains("d.example", StringComparison.Ordinal));
    }

    [Fact]
    public void A_recording_of_unsaid_accent_is_the_note_alone_and_no_recording_is_nothing()
    {
        Assert.Equal("love 1 noun /lʌv/ ♪", Render(80, With(new Recording("https://d.example/love.mp3", null)))[0]);
        Assert.Equal("love 1 noun /lʌv/", Render(80, With())[0]);
    }

    private static LookupResult With(params Recording[] recordings) => new()
    {
        Keyword = "love",
        Url = "http://127.0.0.1/love",
        Status = LookupStatus.Found,
        Entries = [new Entry("love", 1, "noun", "/lʌv/", [new Sense("a strong feeling", [], [])]) { Audio = recordings }],
    };

    private static List<string> Render(int width, LookupResult result)
    {
        using var output = new StringWriter();
        var console = Terminal.Create(output, isTerminal: false);
        console.Profile.Width = width;
        ResultTableRenderer.Render(console, result);
        return [.. output.ToString().ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd())];
    }
}
