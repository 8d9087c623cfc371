using System.Text.Json;
using Scraper.Output;

namespace Scraper.Tests.Output;

public sealed class JsonArrayResultWriterTests
{
    [Fact]
    public async Task DisposeAsync_WithNoItems_LeavesAnEmptyJsonArray()
    {
        var text = new StringWriter();

        await ResultWriters.Create(ResultFormat.Json, text).DisposeAsync();

        using var document = JsonDocument.Parse(text.ToString());
        Assert.Equal(JsonValueKind.Array, document.RootElement.ValueKind);
        Assert.Equal(0, document.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task WriteAsync_ThenDispose_GivesAnArrayOfTheResultsInOrder()
    {
        var text = new StringWriter();

        await using (var writer = ResultWriters.Create(ResultFormat.Json, text))
        {
            foreach (var result in SampleResults.All)
            {
                await writer.WriteAsync(result, TestContext.Current.CancellationToken);
            }
        }

        using var document = JsonDocument.Parse(text.ToString());
        JsonResultAssert.MatchesAll(SampleResults.All, [.. document.RootElement.EnumerateArray()]);
    }

    [Fact]
    public async Task WriteAsync_FlushesEachItemBeforeTheArrayIsClosed()
    {
        var text = new StringWriter();
        var writer = ResultWriters.Create(ResultFormat.Json, text);

        await writer.WriteAsync(SampleResults.Love, TestContext.Current.CancellationToken);
        var afterFirst = text.ToString();
        await writer.WriteAsync(SampleResults.Jumblish, TestContext.Current.CancellationToken);
        var afterSecond = text.ToString();
        await writer.DisposeAsync();
        await writer.DisposeAsync();

        Assert.StartsWith("[\n{\"keyword\":\"love\"", afterFirst, StringComparison.Ordinal);
        Assert.StartsWith(afterFirst + ",\n{\"keyword\":\"jumblish\"", afterSecond, StringComparison.Ordinal);
        Assert.Equal(afterSecond + "\n]\n", text.ToString());
    }
}
