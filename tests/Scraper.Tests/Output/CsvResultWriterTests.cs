using CsvHelper;
using Scraper.Output;
using Scraper.Results;

namespace Scraper.Tests.Output;

public sealed class CsvResultWriterTests
{
    private static readonly string[] Columns =
    [
        "keyword", "status", "url", "httpStatus", "attempts", "elapsedMs", "headword", "homograph",
        "partOfSpeech", "pronunciation", "sense", "definition", "examples", "suggestions", "error", "site",
    ];

    [Fact]
    public async Task WriteAsync_FoundWord_WritesOneRowPerSenseAndSubsense()
    {
        var rows = await WriteAndRead(SampleResults.Love);

        Assert.Equal(["1", "1a", "1b", "2", "1"], rows.Select(r => r["sense"]));
        Assert.Equal(["1", "1", "1", "1", "2"], rows.Select(r => r["homograph"]));
        Assert.Equal(["verb", "verb", "verb", "verb", "noun"], rows.Select(r => r["partOfSpeech"]));
        Assert.All(rows, r => Assert.Equal("love", r["keyword"]));
        Assert.All(rows, r => Assert.Equal("found", r["status"]));
        Assert.All(rows, r => Assert.Equal("/lʌv/", r["pronunciation"]));
        Assert.All(rows, r => Assert.Equal("123.5", r["elapsedMs"]));
        Assert.All(rows, r => Assert.Equal("", r["error"]));
        Assert.All(rows, r => Assert.Equal("macmillan", r["site"]));

        var first = rows[0];
        Assert.Equal(SampleResults.Love.Url, first["url"]);
        Assert.Equal("200", first["httpStatus"]);
        Assert.Equal("1", first["attempts"]);
        Assert.Equal("love", first["headword"]);
        Assert.Equal("to have very strong feelings of affection for someone", first["definition"]);
        Assert.Equal("I love you. | She loved her brother, but \"hated\" him too, somehow.", first["examples"]);
        Assert.Equal("to like something very much", rows[1]["definition"]);
        Assert.Equal("I love chocolate.", rows[1]["examples"]);
        Assert.Equal("", rows[2]["examples"]);
        Assert.Equal("a very strong feeling of affection for someone", rows[4]["definition"]);
    }

    [Fact]
    public async Task WriteAsync_NotFoundWord_WritesOneRowWithSuggestionsAndEmptySenseColumns()
    {
        var row = Assert.Single(await WriteAndRead(SampleResults.Jumblish));

        Assert.Equal("jumblish", row["keyword"]);
        Assert.Equal("not-found", row["status"]);
        Assert.Equal("jumble | jumbled | rubbish", row["suggestions"]);
        Assert.Equal("80.0", row["elapsedMs"]);
        Assert.All(["headword", "homograph", "partOfSpeech", "pronunciation", "sense", "definition", "examples", "error"],
            column => Assert.Equal("", row[column]));
    }

    [Fact]
    public async Task WriteAsync_FailedWord_WritesItsErrorWithoutControlCharacters()
    {
        var row = Assert.Single(await WriteAndRead(SampleResults.Hostile));

        Assert.Equal("[31mred", row["keyword"]);
        Assert.Equal("failed", row["status"]);
        Assert.Equal("503", row["httpStatus"]);
        Assert.Equal("4", row["attempts"]);
        Assert.Equal("10000.1", row["elapsedMs"]);
        Assert.Equal("HTTP 503 after 4 attempts", row["error"]);
    }

    [Fact]
    public async Task WriteAsync_SeveralWords_WritesTheHeaderOnceAndFlushesEachWord()
    {
        var text = new StringWriter();
        await using var writer = ResultWriters.Create(ResultFormat.Csv, text);
        var lineCounts = new List<int>();

        foreach (var result in SampleResults.All)
        {
            await writer.WriteAsync(result, TestContext.Current.CancellationToken);
            lineCounts.Add(text.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        }

        Assert.Equal([6, 7, 8], lineCounts);
        Assert.StartsWith(string.Join(',', Columns) + "\r\n", text.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(text.ToString(), c => char.IsControl(c) && c is not '\r' and not '\n');
        Assert.DoesNotContain('\u202E', text.ToString());
    }

    [Fact]
    public async Task WriteAsync_FieldThatLooksLikeAFormula_IsEscapedForSpreadsheets()
    {
        var result = SampleResults.Jumblish with { Keyword = "=HYPERLINK(\"http://evil.example\")", Suggestions = ["@SUM(A1)"] };

        var row = Assert.Single(await WriteAndRead(result));

        Assert.Equal("'=HYPERLINK(\"http://evil.example\")", row["keyword"]);
        Assert.Equal("'@SUM(A1)", row["suggestions"]);
    }

    [Fact]
    public async Task DisposeAsync_WithNoWords_WritesNothing()
    {
        var text = new StringWriter();

        await ResultWriters.Create(ResultFormat.Csv, text).DisposeAsync();

        Assert.Equal("", text.ToString());
    }

    private static async Task<List<Dictionary<string, string>>> WriteAndRead(LookupResult result)
    {
        var text = new StringWriter();
        await using (var writer = ResultWriters.Create(ResultFormat.Csv, text))
        {
            await writer.WriteAsync(result, TestContext.Current.CancellationToken);
        }

        using var reader = CsvReader.FromText(text.ToString());
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(Columns.ToDictionary(c => c, reader.GetString));
        }

        Assert.Equal(Columns, reader.Headers);
        return rows;
    }
}
