using System.Text.Json;
using System.Text.Json.Serialization;

namespace Scraper.Benchmark;

/// <summary>Writes <see cref="BenchMode"/> as "sync", "async", "threads".</summary>
internal sealed class BenchModeJsonConverter() : JsonStringEnumConverter<BenchMode>(JsonNamingPolicy.CamelCase, allowIntegerValues: false);
