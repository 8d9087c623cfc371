using System.Text.Json;
using System.Text.Json.Serialization;
using Scraper.Results;

namespace Scraper.Output;

/// <summary>Writes <see cref="LookupStatus"/> as PRODUCT.md spells it: "found", "not-found".</summary>
internal sealed class LookupStatusJsonConverter()
    : JsonStringEnumConverter<LookupStatus>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false);
