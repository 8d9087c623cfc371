using System.Text.Json;
using System.Text.Json.Serialization;

namespace Scraper.Benchmark;

/// <summary>Writes <see cref="BoundKind"/> as "latency", "rate", "cpu", "bandwidth", "start".</summary>
internal sealed class BoundKindJsonConverter() : JsonStringEnumConverter<BoundKind>(JsonNamingPolicy.CamelCase, allowIntegerValues: false);
