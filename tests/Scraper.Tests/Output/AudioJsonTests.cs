using System.Text.Json;
using Scraper.Output;
using Scraper.Results;

namespace Scraper.Tests.Output;

/// <summary>The entries' "audio" field in JSON and JSON lines, as PRODUCT.md's second wave names it.</summary>
public sealed class AudioJsonTests
{
    private static readonly LookupResult WithAudio = SampleResults.Love with
    {
        Entries =
        [
            SampleResults.Love.Entries[0] with
            {
                Audio = [new Recording("https://dict.example/media/uk/love.mp3", "uk"), new Recording("https://dict.example/media/love.mp3", null)],
            },
        ],
    };

    [Fact]
    public void Each_entry_has_an_audio_list_of_url_and_region_with_null_for_an_unsaid_accent()
    {
        using var document = JsonDocument.Parse(ResultJson.Serialize(WithAudio));

        var audio = document.RootElement.GetProperty("entries")[0].GetProperty("audio");
        Assert.Equal(2, audio.GetArrayLength());
        Assert.Equal("https://dict.example/media/uk/love.mp3", audio[0].GetProperty("url").GetString());
        Assert.Equal("uk", audio[0].GetProperty("region").GetString());
        Assert.Equal(JsonValueKind.Null, audio[1].GetProperty("region").ValueKind);
    }

    [Fact]
    public void An_entry_without_recordings_has_an_empty_list_not_a_missing_field()
    {
        var json = ResultJson.Serialize(SampleResults.Love);

        Assert.Contains("\"audio\":[]", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_reads_back_with_its_recordings_and_a_line_of_an_earlier_version_reads_back_without()
    {
        var back = ResultJson.Deserialize(ResultJson.Serialize(WithAudio));
        var older = ResultJson.Deserialize(ResultJson.Serialize(SampleResults.Love).Replace(",\"audio\":[]", "", StringComparison.Ordinal));

        Assert.Equal(WithAudio.Entries[0].Audio, back.Entries[0].Audio);
        Assert.Empty(older.Entries[0].Audio);
    }
}
