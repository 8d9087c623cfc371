using System.Text.Json;
using Scraper.Output;

namespace Scraper.Tests.Output;

public sealed class JsonLinesResultWriterTests
{
    [Fact]
    public async Task WriteAsync_WritesEachWordOnItsLineBeforeTheNextIsGiven()
    {
        var text = new StringWriter();
        await using var writer = ResultWriters.Create(ResultFormat.Jsonl, text);

        for (var i = 0; i < SampleResults.All.Count; i++)
        {
            await writer.WriteAsync(SampleResults.All[i], TestContext.Current.CancellationToken);

            var lines = text.ToString().Split('\n');
            Assert.Equal(i + 2, lines.Length);
            Assert.Equal("", lines[^1]);
            using var document = JsonDocument.Parse(lines[i]);
            JsonResultAssert.Matches(SampleResults.All[i], document.RootElement, JsonResultAssert.Status(SampleResults.All[i]));
        }
    }

    [Fact]
    public async Task WriteAsync_FromManyTasksAtOnce_WritesEveryWordWholeAndOnce()
    {
        var text = new StringWriter();
        var words = Enumerable.Range(0, 200).Select(i => SampleResults.Love with { Keyword = $"w{i}" }).ToList();

        await using (var writer = ResultWriters.Create(ResultFormat.Jsonl, text))
        {
            await Task.WhenAll(words.Select(w => Task.Run(() => writer.WriteAsync(w).AsTask())));
        }

        var keywords = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => ResultJson.Deserialize(line).Keyword);
        Assert.Equal(words.Select(w => w.Keyword).Order(), keywords.Order());
    }

    [Fact]
    public async Task WriteAsync_Cancelled_WritesNothing()
    {
        var text = new StringWriter();
        await using var writer = ResultWriters.Create(ResultFormat.Jsonl, text);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => writer.WriteAsync(SampleResults.Love, new CancellationToken(canceled: true)).AsTask());

        Assert.Equal("", text.ToString());
    }

    [Fact]
    public void Create_Table_IsNotAWriterFormat()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ResultWriters.Create(ResultFormat.Table, new StringWriter()));
    }

    [Fact]
    public void Create_DoesNotWriteAnything()
    {
        var text = new StringWriter();

        _ = ResultWriters.Create(ResultFormat.Jsonl, text);

        Assert.Equal("", text.ToString());
    }
}
