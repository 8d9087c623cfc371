using System.Text.Json;

namespace Scraper.Tests.Support;

/// <summary>The results a lookup wrote as JSON, parsed strictly.</summary>
internal static class JsonResults
{
    public const string Prefix = "/dictionary/british/";

    public static List<JsonElement> FromArray(string json)
    {
        using var document = JsonDocument.Parse(json);
        Assert.Equal(JsonValueKind.Array, document.RootElement.ValueKind);
        return [.. document.RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    public static JsonElement Single(string json) => Assert.Single(FromArray(json));

    public static string Status(this JsonElement result) => result.GetProperty("status").GetString()!;

    public static int Attempts(this JsonElement result) => result.GetProperty("attempts").GetInt32();

    public static List<JsonElement> Entries(this JsonElement result) => [.. result.GetProperty("entries").EnumerateArray()];

    public static List<string> Suggestions(this JsonElement result) => [.. result.GetProperty("suggestions").EnumerateArray().Select(e => e.GetString()!)];
}
