using Scraper.Cli.Rendering;
using Scraper.Results;
using Spectre.Console;

namespace Scraper.Tests.Rendering;

/// <summary>The terminal table of a lookup: wrapped definitions, examples and suggestions keep their indent.</summary>
public sealed class ResultTableRendererTests
{
    private const string Definition =
        "a strong feeling of fondness for a kettle that has boiled water for the household every morning for many " +
        "years, together with a wish to keep it on the stove even after its handle has come loose";

    private const string Example = "She looked at the old kettle with a love that her neighbours found hard to understand at all";

    [Theory]
    [InlineData(80)]
    [InlineData(200)]
    [InlineData(40)]
    public void A_wrapped_definition_continues_under_its_text_and_not_at_column_0(int width)
    {
        // Act
        var lines = Render(width, Found());

        // Assert
        Assert.All(lines, line => Assert.True(line.Length <= width, $"{line.Length} > {width}: {line}"));
        var sense = Block(lines, "  1. ", "     ");
        Assert.Equal(Definition, Words(sense, 5));
        var subsense = Block(lines, "     a. ", "        ");
        Assert.Equal("the same feeling for a teapot, " + Definition, Words(subsense, 8));
        var example = Block(lines, "     She", "     ");
        Assert.Equal(Example, Words(example, 5));
        Assert.True(width >= 200 || sense.Count > 1, "the definition should wrap at this width");
    }

    [Fact]
    public void Wrapped_suggestions_continue_under_the_first_suggestion()
    {
        // Arrange
        var suggestions = Enumerable.Range(1, 12).Select(i => $"kettlewhistle{i}").ToList();
        var result = new LookupResult { Keyword = "kettlewhisle", Url = "http://127.0.0.1/kettlewhisle", Status = LookupStatus.NotFound, Suggestions = suggestions };

        // Act
        var lines = Render(80, result);

        // Assert
        var block = Block(lines, "  Did you mean: ", "                ");
        Assert.True(block.Count > 1);
        Assert.Equal(string.Join(", ", suggestions), Words(block, 16));
    }

    private static LookupResult Found() => new()
    {
        Keyword = "love",
        Url = "http://127.0.0.1/love",
        Status = LookupStatus.Found,
        Entries = [new Entry("love", 1, "noun", "/lʌv/", [new Sense(Definition, [Example], [new Subsense("the same feeling for a teapot, " + Definition, [])])])],
    };

    private static List<string> Render(int width, LookupResult result)
    {
        using var output = new StringWriter();
        var console = Terminal.Create(output, isTerminal: false);
        console.Profile.Width = width;
        ResultTableRenderer.Render(console, result);
        return [.. output.ToString().ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd())];
    }

    // The line that starts with `first`, and the lines after it that start with `rest` but not with a new label.
    private static List<string> Block(List<string> lines, string first, string rest)
    {
        var start = lines.FindIndex(l => l.StartsWith(first, StringComparison.Ordinal));
        Assert.True(start >= 0, $"no line starts with '{first}':\n{string.Join('\n', lines)}");
        var block = new List<string> { lines[start] };
        for (var i = start + 1; i < lines.Count && lines[i].StartsWith(rest, StringComparison.Ordinal) && lines[i].Length > rest.Length
            && !char.IsWhiteSpace(lines[i][rest.Length]) && !IsLabel(lines[i].TrimStart()) && !lines[i].TrimStart().StartsWith("She", StringComparison.Ordinal); i++)
        {
            block.Add(lines[i]);
        }

        return block;
    }

    private static bool IsLabel(string text) => text.Length > 1 && text[1] == '.' && char.IsLetterOrDigit(text[0]);

    private static string Words(List<string> block, int textColumn) =>
        string.Join(' ', block.Select(l => l[textColumn..].Trim()));
}
