using System.Text.Json;
using System.Text.Json.Serialization;

namespace Scraper.Benchmark;

/// <summary>Source-generated JSON for the bench report and a saved baseline (the report inside): camelCase, modes lowercase, nulls written.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = true,
    Converters = [typeof(BenchModeJsonConverter), typeof(BoundKindJsonConverter)])]
[JsonSerializable(typeof(BenchReport))]
[JsonSerializable(typeof(Baseline))]
internal sealed partial class BenchJsonContext : JsonSerializerContext;
