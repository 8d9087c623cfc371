using System.Text.Json.Serialization;

namespace Scraper.History;

/// <summary>The JSON of history lines and of `scraper history --format json`: camelCase, source-generated.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(HistoryEntry))]
[JsonSerializable(typeof(List<HistoryEntry>))]
public sealed partial class HistoryJsonContext : JsonSerializerContext;
