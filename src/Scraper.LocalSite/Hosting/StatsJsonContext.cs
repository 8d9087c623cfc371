using System.Text.Json.Serialization;

namespace Scraper.LocalSite.Hosting;

/// <summary>The JSON of <c>/__stats</c>: camelCase, source-generated.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(LocalSiteStats))]
internal sealed partial class StatsJsonContext : JsonSerializerContext;
