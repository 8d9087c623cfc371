using System.Text.Json;
using System.Text.Json.Serialization;

namespace Scraper.Sites;

/// <summary>
/// Source-generated JSON for site profiles, as `scraper sites --format json` writes them and `--site-file`
/// reads them: camelCase names, enums as their names (read in any case), null refused where the record says
/// non-null.
/// Comments and trailing commas are allowed because people write these files by hand.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    RespectNullableAnnotations = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    WriteIndented = true)]
[JsonSerializable(typeof(SiteProfile))]
[JsonSerializable(typeof(IReadOnlyList<SiteProfile>))]
internal sealed partial class SiteProfileJsonContext : JsonSerializerContext;
