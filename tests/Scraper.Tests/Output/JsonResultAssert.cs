using System.Text.Json;
using Scraper.Results;

namespace Scraper.Tests.Output;

/// <summary>Compares a result with the JSON written for it, field by field, by the names of PRODUCT.md.</summary>
internal static class JsonResultAssert
{
    public static void Matches(LookupResult expected, JsonElement actual, string status)
    {
        Assert.Equal(
            ["keyword", "site", "url", "status", "httpStatus", "attempts", "elapsedMs", "entries", "suggestions", "error"],
            actual.EnumerateObject().Select(p => p.Name));
        Assert.Equal(expected.Keyword, actual.GetProperty("keyword").GetString());
        Assert.Equal(expected.Site, actual.GetProperty("site").GetString());
        Assert.Equal(expected.Url, actual.GetProperty("url").GetString());
        Assert.Equal(status, actual.GetProperty("status").GetString());
        Assert.Equal(expected.HttpStatus, actual.GetProperty("httpStatus").GetInt32());
        Assert.Equal(expected.Attempts, actual.GetProperty("attempts").GetInt32());
        Assert.Equal(Math.Round(expected.ElapsedMs, 1), actual.GetProperty("elapsedMs").GetDouble());
        Assert.Equal(expected.Suggestions, Strings(actual.GetProperty("suggestions")));
        Assert.Equal(expected.Error, actual.GetProperty("error").GetString());

        var entries = actual.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(expected.Entries.Count, entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = expected.Entries[i];
            Assert.Equal(entry.Headword, entries[i].GetProperty("headword").GetString());
            Assert.Equal(entry.Homograph, entries[i].GetProperty("homograph").GetInt32());
            Assert.Equal(entry.PartOfSpeech, entries[i].GetProperty("partOfSpeech").GetString());
            Assert.Equal(entry.Pronunciation, entries[i].GetProperty("pronunciation").GetString());
            var senses = entries[i].GetProperty("senses").EnumerateArray().ToList();
            Assert.Equal(entry.Senses.Count, senses.Count);
            for (var j = 0; j < senses.Count; j++)
            {
                var sense = entry.Senses[j];
                Assert.Equal(sense.Definition, senses[j].GetProperty("definition").GetString());
                Assert.Equal(sense.Examples, Strings(senses[j].GetProperty("examples")));
                var subsenses = senses[j].GetProperty("subsenses").EnumerateArray().ToList();
                Assert.Equal(sense.Subsenses.Count, subsenses.Count);
                for (var k = 0; k < subsenses.Count; k++)
                {
                    Assert.Equal(sense.Subsenses[k].Definition, subsenses[k].GetProperty("definition").GetString());
                    Assert.Equal(sense.Subsenses[k].Examples, Strings(subsenses[k].GetProperty("examples")));
                }
            }
        }
    }

    public static void MatchesAll(IReadOnlyList<LookupResult> expected, IReadOnlyList<JsonElement> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        Assert.Multiple(expected.Select<LookupResult, Action>((result, i) => () => Matches(result, actual[i], Status(result))).ToArray());
    }

    public static string Status(LookupResult result) => result.Status switch
    {
        LookupStatus.Found => "found",
        LookupStatus.NotFound => "not-found",
        LookupStatus.Failed => "failed",
        LookupStatus.Blocked => "blocked",
        _ => "empty",
    };

    private static List<string> Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];
}
