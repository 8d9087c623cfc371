using System.Text.Json;
using Scraper.Output;
using Scraper.Results;

namespace Scraper.Tests.Output;

public sealed class ResultJsonTests
{
    [Fact]
    public void Serialize_UsesTheNamesOfTheProductContract()
    {
        var json = ResultJson.Serialize(SampleResults.Love);

        using var document = JsonDocument.Parse(json);
        JsonResultAssert.Matches(SampleResults.Love, document.RootElement, "found");
    }

    [Fact]
    public void Serialize_WritesStatusInKebabCaseAndNullsAsNull()
    {
        var result = new LookupResult { Keyword = "x", Url = "", Status = LookupStatus.NotFound };

        var json = ResultJson.Serialize(result);

        Assert.Contains("\"status\":\"not-found\"", json, StringComparison.Ordinal);
        Assert.Contains("\"httpStatus\":null", json, StringComparison.Ordinal);
        Assert.Contains("\"error\":null", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_WritesNonAsciiAndApostrophesAsTheyAre()
    {
        var json = ResultJson.Serialize(SampleResults.Love);

        Assert.Contains("\"pronunciation\":\"/lʌv/\"", json, StringComparison.Ordinal);
        Assert.Contains("I'd love to come", json, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', json);
    }

    [Fact]
    public void Serialize_EscapesControlAndBidiCharacters()
    {
        var json = ResultJson.Serialize(SampleResults.Hostile);

        Assert.DoesNotContain(json, char.IsControl);
        Assert.DoesNotContain('\u202E', json);
        Assert.Contains(@"\u001B[31mred\u202E", json, StringComparison.Ordinal);
        Assert.Equal(SampleResults.Hostile.Keyword, JsonDocument.Parse(json).RootElement.GetProperty("keyword").GetString());
    }

    [Fact]
    public void Serialize_RoundsElapsedMsToOneDecimal()
    {
        Assert.Contains("\"elapsedMs\":123.5", ResultJson.Serialize(SampleResults.Love), StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_ReadsAWrittenLineBack()
    {
        var result = ResultJson.Deserialize(ResultJson.Serialize(SampleResults.Love));

        Assert.Equal(LookupStatus.Found, result.Status);
        Assert.Equal(123.5, result.ElapsedMs);
        Assert.Equal(ResultJson.Serialize(SampleResults.Love), ResultJson.Serialize(result));
        Assert.Equal("to enjoy doing something", result.Entries[0].Senses[0].Subsenses[1].Definition);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("{\"keyword\":\"x\"}")]
    [InlineData("{\"keyword\":\"x\",\"url\":\"\",\"status\":\"lost\"}")]
    [InlineData("{\"keyword\":\"x\",\"url\":\"\",\"status\":1}")]
    [InlineData("{\"keyword\":")]
    public void Deserialize_NotAResult_ThrowsJsonException(string line)
    {
        Assert.Throws<JsonException>(() => ResultJson.Deserialize(line));
    }
}
