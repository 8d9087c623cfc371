using System.Text.Json;
using System.Text.Json.Serialization;

namespace Scraper.Benchmark;

/// <summary>Source-generated JSON for the bench report: camelCase, modes lowercase, nulls written.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = true,
    Converters = [typeof(BenchModeJsonConverter), typeof(BoundKindJsonConverter)])]
[JsonSerializable(typeof(BenchReport))]
internal sealed partial class BenchJsonContext : JsonSerializerContext;
