using System.Text.Json;
using System.Text.Json.Serialization;

namespace Scraper.Benchmark;

/// <summary>Source-generated JSON for a saved baseline: the bench report's own shape inside.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = true,
    Converters = [typeof(BenchModeJsonConverter), typeof(BoundKindJsonConverter)])]
[JsonSerializable(typeof(Baseline))]
internal sealed partial class BaselineJsonContext : JsonSerializerContext;
