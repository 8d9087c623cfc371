using System.Text.Json.Serialization;
using Scraper.Results;

namespace Scraper.Output;

/// <summary>
/// Source-generated JSON for results: camelCase names, kebab-case status, nulls written.
/// Use <see cref="ResultJson"/> to write, which also keeps non-ASCII text readable.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    Converters = [typeof(LookupStatusJsonConverter)])]
[JsonSerializable(typeof(LookupResult))]
public sealed partial class ResultJsonContext : JsonSerializerContext;
